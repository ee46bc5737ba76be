using System.Text;
using System.Text.RegularExpressions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>Reads one header of the mail the site wrote to its pickup folder, unfolded and with its encoded words (RFC 2047) decoded.</summary>
public static partial class MailHeaders
{
    /// <summary>The From header of the first mail to <paramref name="email"/>, e.g. <c>"Ohjaajien koulutus" &lt;no-reply@example.fi&gt;</c>; null when none arrives.</summary>
    public static async Task<string?> FromOfMailToAsync(SiteFactory site, string email, TimeSpan? wait = null)
    {
        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        do
        {
            foreach (var file in Directory.Exists(site.MailFolder) ? Directory.GetFiles(site.MailFolder, "*.eml") : [])
            {
                var headers = Unfolded(await File.ReadAllTextAsync(file));
                if (headers.TryGetValue("To", out var to) && to.Contains(email, StringComparison.OrdinalIgnoreCase))
                {
                    return headers.GetValueOrDefault("From");
                }
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return null;
    }

    /// <summary>A From header's display name (unquoted) and address; two empty strings for no header.</summary>
    public static (string Name, string Address) NameAndAddress(string? header)
    {
        var match = NameAddress().Match(header ?? string.Empty);
        return match.Success ? (match.Groups[1].Value.Trim().Trim('"'), match.Groups[2].Value) : (string.Empty, string.Empty);
    }

    /// <summary>The header block's fields by name (the first of each), continuation lines joined, encoded words decoded.</summary>
    private static Dictionary<string, string> Unfolded(string mail)
    {
        var block = mail.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")[0];
        var joined = Regex.Replace(block, @"\n[ \t]+", " ");
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in joined.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields.TryAdd(line[..colon].Trim(), Decode(line[(colon + 1)..].Trim()));
            }
        }

        return fields;
    }

    private static string Decode(string value)
    {
        // Whitespace between two encoded words is not part of the text.
        var adjacent = EncodedWordGap().Replace(value, "?==?");
        return EncodedWord().Replace(adjacent, match =>
        {
            var encoding = Encoding.GetEncoding(match.Groups[1].Value);
            var text = match.Groups[3].Value;
            if (match.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase))
            {
                return encoding.GetString(Convert.FromBase64String(text));
            }

            var bytes = new List<byte>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '=' && i + 2 < text.Length)
                {
                    bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.Add((byte)(text[i] == '_' ? ' ' : text[i]));
                }
            }

            return encoding.GetString([.. bytes]);
        });
    }

    [GeneratedRegex("^(.*)<([^>]+)>$")]
    private static partial Regex NameAddress();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex EncodedWordGap();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
