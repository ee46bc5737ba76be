namespace TrainingSite.Abstractions.Directory;

/// <summary>
/// Links from Markdown to a service point by id: <c>[Kela](servicepoint:kela-espoo)</c>. Articles and lessons name
/// the point, not its address or hours, so the link shows the entry as it is today; recipes check the ids.
/// </summary>
public static class ServicePointLinks
{
    public const string Scheme = "servicepoint:";

    /// <summary>The recipe reference kind of a point id: a link to an id neither in the recipe nor on the site is a problem.</summary>
    public const string ReferenceKind = "servicepoint";

    /// <summary>The attribute rendered Markdown puts on a link to a point (its value: the id), so the hours can be added per request.</summary>
    public const string MarkerAttribute = "data-servicepoint";

    /// <summary>The point's public page, where a link to it leads.</summary>
    public static string PagePath(string pointId) => "/directory/" + Uri.EscapeDataString(pointId);

    /// <summary>The point id a <c>servicepoint:</c> link names; false for any other target or an empty id.</summary>
    public static bool TryParse(string? url, out string pointId)
    {
        pointId = string.Empty;
        if (url is null || !url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        pointId = url[Scheme.Length..].Trim();
        return pointId.Length > 0;
    }
}
