using System.Text.RegularExpressions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>Reads the mail the site wrote to its pickup folder (mail is sent in the background, so it waits a little).</summary>
public static class Mailbox
{
    public static async Task<string?> FindToAsync(SiteFactory site, string email, TimeSpan? wait = null)
    {
        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        do
        {
            if (Directory.Exists(site.MailFolder))
            {
                foreach (var file in Directory.GetFiles(site.MailFolder, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (text.Contains(email, StringComparison.OrdinalIgnoreCase))
                    {
                        return DecodeQuotedPrintable(text);
                    }
                }
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return null;
    }

    private static string DecodeQuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Regex.Replace(System.Text.Encoding.UTF8.GetString([.. bytes]), @"\s+", " ");
    }
}
