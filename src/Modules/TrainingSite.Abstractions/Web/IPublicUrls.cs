namespace TrainingSite.Abstractions.Web;

/// <summary>
/// The site's public address (<c>Site:PublicBaseUrl</c>). Every absolute URL that leaves the response (a mail link,
/// a link or QR code in a PDF, anything stored) is made here, never from the request's Host header or scheme,
/// which anyone can forge.
/// </summary>
public interface IPublicUrls
{
    /// <summary>The configured address without a trailing slash, e.g. <c>https://koulutus.example.fi</c>.</summary>
    string BaseUrl { get; }

    /// <summary>The absolute URL of a site-relative path (<c>/account/reset-password?...</c>).</summary>
    string Absolute(string sitePath);
}
