namespace TrainingSite.Abstractions.Directory;

/// <summary>
/// Offered by the directory module: adds each linked service point's state today next to its link in rendered
/// content. Rendered HTML is cached (lessons) while today's hours change by the minute, so the links are marked at
/// render (<c>data-servicepoint</c>, see <see cref="ServicePointLinks"/>) and the hours are added per request.
/// </summary>
public interface IServicePointLinkHours
{
    /// <summary>
    /// <paramref name="html"/> with a <c>&lt;span class="servicepoint-hours"&gt;</c> after each marked link to a published
    /// point, in <paramref name="language"/>; a link to an unknown or unpublished point becomes its plain text.
    /// </summary>
    Task<string> AddAsync(string html, string language, CancellationToken cancellationToken);
}
