namespace TrainingSite.AuditTrail.Services;

/// <summary>A "contains" pattern for a parameterised LIKE with <see cref="Escape"/>: the user's % and _ match themselves.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.ToUpperInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
