using System.Text.RegularExpressions;

namespace TrainingSite.FunctionalTests.Trust;

/// <summary>Reads the .eml files the site writes to its pickup folder, as someone opening them would.</summary>
public static partial class MailFiles
{
    public static async Task<string> ReadToAsync(string folder, string email)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.eml"))
                {
                    if (await ReadOrNullAsync(file) is { } text && text.Contains(email, StringComparison.OrdinalIgnoreCase))
                    {
                        return text;
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No mail to {email} in {folder}");
    }

    /// <summary>The decoded mail, or null when the site removed the file meanwhile (mail is sent, and old files cleaned, in the background).</summary>
    private static async Task<string?> ReadOrNullAsync(string file)
    {
        try
        {
            return Decode(await File.ReadAllTextAsync(file));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The reset link in a mail.</summary>
    public static string ResetLink(string mail) =>
        ResetLinkPattern().Match(mail) is { Success: true } match ? match.Value : throw new InvalidOperationException("No reset link in:\n" + mail);

    private static string Decode(string text) =>
        QuotedPrintable().Replace(text.Replace("=\r\n", string.Empty, StringComparison.Ordinal), m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    [GeneratedRegex("=([0-9A-F]{2})")]
    private static partial Regex QuotedPrintable();

    [GeneratedRegex(@"\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLinkPattern();
}
