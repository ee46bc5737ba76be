using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// Checks a password against a hash that matches nothing, so a sign-in to an unknown account costs the same
/// hashing time as a wrong password for a real one and the time cannot tell the two apart.
/// </summary>
public sealed class UnknownAccountPassword(IPasswordHasher<TrainingUser> hasher)
{
    private static readonly TrainingUser Nobody = new();
    private static string? _hash;

    public void Check(string password)
    {
        // Made once with the site's hasher, so it carries the same algorithm and iteration count as real hashes.
        _hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        _ = hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
