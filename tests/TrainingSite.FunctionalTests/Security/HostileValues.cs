namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// The classes of hostile input a probe sends, already percent-encoded, so byte sequences that .NET strings cannot
/// hold (an unpaired surrogate in UTF-8, invalid UTF-8) reach the server exactly as an attacker would send them.
/// </summary>
public static class HostileValues
{
    /// <summary>Values for form and query fields.</summary>
    public static readonly IReadOnlyList<(string Name, string Encoded)> Fields =
    [
        ("noncharacter U+FFFE", "Otsikko%EF%BF%BE"),
        ("noncharacter U+FDD0", "%EF%B7%90"),
        ("unpaired surrogate", "a%ED%A0%80b"),
        ("invalid UTF-8", "%FF%FE%C3"),
        ("whitespace", "%20%09%20"),
        ("empty", string.Empty),
        ("10 KB", Uri.EscapeDataString(new string('ä', 10_240))),
        ("script", Uri.EscapeDataString("<script>alert(1)</script>\"'><img src=x onerror=alert(1)>")),
        ("SQL", Uri.EscapeDataString("' OR '1'='1'; DROP TABLE \"AspNetUsers\"; --")),
        ("control characters", "%00%07%1B%7F"),
        ("right-to-left and emoji", Uri.EscapeDataString("\u202Eabc \U0001F600 \u200F")),
        ("wrong type", Uri.EscapeDataString("99999999999999999999999")),
        ("negative", "-1"),
        ("path", Uri.EscapeDataString("../../../../etc/passwd")),
    ];

    /// <summary>Values for route segments (already encoded for a path).</summary>
    public static readonly IReadOnlyList<(string Name, string Encoded)> RouteSegments =
    [
        ("single space", "%20"),
        ("whitespace", "%20%09"),
        ("noncharacter U+FFFE", "%EF%BF%BE"),
        ("unpaired surrogate", "%ED%A0%80"),
        ("2 KB", new string('a', 2048)),
        ("script", Uri.EscapeDataString("<script>alert(1)</script>")),
        ("SQL", Uri.EscapeDataString("1' OR '1'='1")),
        ("negative", "-1"),
        ("huge number", "99999999999999999999"),
        ("dots", ".."),
    ];

    /// <summary>A form body where every field has the same encoded value, plus extra raw pairs (the antiforgery token).</summary>
    public static string FormBody(IEnumerable<FormField> fields, string encodedValue, IEnumerable<KeyValuePair<string, string>> extra) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + encodedValue)
            .Concat(extra.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
}
