namespace TrainingSite.Abstractions.Web;

/// <summary>
/// The site's name in each language, from the settings <c>Site:Name:fi</c>, <c>Site:Name:sv</c>, <c>Site:Name:en</c>
/// (or <c>Site:Name</c> for every language), by default the national training package's name. The header, page
/// titles, mails and certificates (their heading line and, unless <c>Certificates:Issuer</c> says otherwise, their
/// issuer) all name the site through it.
/// </summary>
public interface ISiteName
{
    /// <summary>The name in a site language (fi, sv or en; anything else reads as the default language).</summary>
    string For(string language);

    /// <summary>The name in the current UI language.</summary>
    string Current { get; }
}
