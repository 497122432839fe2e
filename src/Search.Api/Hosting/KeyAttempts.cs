using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Search.Api.Hosting;

/// <summary>
/// Requests with an unknown or revoked API key, counted per client address in windows of a minute: past
/// <see cref="SearchOptions.KeyAttemptsPerMinute"/> the address gets 429 <c>too_many_key_attempts</c> until the window
/// ends, so keys cannot be guessed at speed.
/// </summary>
public sealed class KeyAttempts(IOptions<SearchOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<IPAddress, (DateTimeOffset Start, int Failures)> _failures = new();

    /// <summary>When the address may try again, or null when it may try now.</summary>
    public TimeSpan? Blocked(IPAddress? address)
    {
        if (!_failures.TryGetValue(address ?? IPAddress.None, out var window))
        {
            return null;
        }
        var left = window.Start + Window - clock.GetUtcNow();
        return left > TimeSpan.Zero && window.Failures >= options.Value.KeyAttemptsPerMinute ? left : null;
    }

    public void Failed(IPAddress? address)
    {
        address ??= IPAddress.None;
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(address, _ => (now, 1), (_, w) => now - w.Start >= Window ? (now, 1) : (w.Start, w.Failures + 1));
        if (_failures.Count > 10_000)
        {
            // Old windows go, so a scan from many addresses cannot grow the table without end.
            foreach (var (key, value) in _failures)
            {
                if (now - value.Start >= Window)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }
}
