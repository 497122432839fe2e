namespace Search.Tests.Shared;

/// <summary>A clock that moves one millisecond every time it is read: a search "takes" as long as the documents it visits.</summary>
public sealed class SteppingClock : Lucene.Net.Util.Counter
{
    private long _now;

    public override long AddAndGet(long delta) => Interlocked.Add(ref _now, delta);

    public override long Value => Interlocked.Increment(ref _now);
}
