using System.Security.Cryptography;
using System.Text;

namespace Search.Core.State;

/// <summary>Random identifiers and secrets, URL-safe, and the one-way hash keys are stored under.</summary>
internal static class Secrets
{
    /// <summary><paramref name="bytes"/> random bytes as unpadded base64url.</summary>
    public static string New(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>SHA-256 of a secret, hex: keys are long and random, so no salt or slow hash is needed to keep them unguessable.</summary>
    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant();
}
