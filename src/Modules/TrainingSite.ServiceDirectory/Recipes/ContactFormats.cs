using System.Text.RegularExpressions;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>The forms a service point's public contact details must take.</summary>
public static partial class ContactFormats
{
    public const int MinPhoneDigits = 5;
    public const int MaxPhoneDigits = 20;

    /// <summary>
    /// A public service number as people write it: digits and spaces, starting with + (international) or 0
    /// (national), 5–20 digits in all (short service numbers to long international ones).
    /// </summary>
    public static bool IsValidPhone(string phone)
    {
        if (!PhonePattern().IsMatch(phone))
        {
            return false;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= MinPhoneDigits and <= MaxPhoneDigits;
    }

    /// <summary>An absolute http or https address with a host.</summary>
    public static bool IsValidWebAddress(string web) =>
        Uri.TryCreate(web, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host)
        && !web.Any(char.IsWhiteSpace);

    /// <summary>A Finnish postal code: five digits.</summary>
    public static bool IsValidPostalCode(string code) => PostalCodePattern().IsMatch(code);

    [GeneratedRegex(@"^(\+|0)[0-9 ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCodePattern();
}
