namespace TrainingSite.ServiceDirectory.Slip;

/// <summary>
/// What the counsellor asks for: the customer's language, what to bring (free text, never stored or logged) and the
/// format. <see cref="Problems"/> names each bad field with its resx key, for the form shown again.
/// </summary>
public sealed record SlipRequest(string Language, string Bring, string Format)
{
    public const int MaxBringLength = 500;

    public const string Html = "html";
    public const string Pdf = "pdf";

    /// <summary>The request with the browser's line breaks (CR LF) counted as one character each, as the textarea counts them.</summary>
    public static SlipRequest Of(string? language, string? bring, string? format) =>
        new(language?.Trim() ?? string.Empty, (bring ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), format?.Trim().ToLowerInvariant() ?? string.Empty);

    /// <summary>(field, resx key) for each problem; empty when the slip can be made.</summary>
    public IReadOnlyList<(string Field, string Key)> Problems()
    {
        var problems = new List<(string, string)>();
        if (!SiteCultures.IsSupported(Language))
        {
            problems.Add(("language", "Slip.LanguageInvalid"));
        }

        if (Bring.Length > MaxBringLength)
        {
            problems.Add(("bring", "Slip.BringTooLong"));
        }

        if (Format is not (Html or Pdf))
        {
            problems.Add((string.Empty, "Slip.FormatInvalid"));
        }

        return problems;
    }
}
