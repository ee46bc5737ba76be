using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Content;
using TrainingSite.Core.Ui;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// The one base of every page that authors one regional item: a course, a lesson, a quiz and its questions, a
/// guidance article, their histories and statistics, and whatever is versioned later. The site's regional page
/// filter calls <see cref="LoadResourceAsync"/> after model binding and authorizes <see cref="OperationFor"/> on the
/// loaded item before any handler runs (404 when it does not exist, 403 when the user may not), so a handler only
/// uses the item the page loaded and cannot forget the check.
/// </summary>
[Authorize]
public abstract class AuthoringPageModel : PageModel, IRegionalPage
{
    private IStringLocalizer<AuthoringStrings>? _text;

    /// <summary>The person writing, as versions record them.</summary>
    protected ContentAuthor Author => ContentAuthor.Of(User);

    /// <summary>The strings every authoring page shares.</summary>
    protected IStringLocalizer<AuthoringStrings> AuthoringText => _text ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AuthoringStrings>>();

    /// <summary>Set when Publish was pressed with a translation behind: the page shows this warning instead of the editor.</summary>
    public TranslationWarning? TranslationWarning { get; private set; }

    /// <inheritdoc />
    public abstract Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reading is viewing; the Publish and Delete handlers publish and delete; Archive and Purge take the item out of
    /// use as deleting does, and Unarchive brings it back to learners as publishing does; every other handler (save,
    /// move, restore, discard, preview, create) changes the draft. Handler names are matched as Razor Pages does, ignoring case.
    /// </summary>
    public virtual RegionalOperation OperationFor(string httpMethod, string? handlerName) =>
        HttpMethods.IsGet(httpMethod) || HttpMethods.IsHead(httpMethod) ? RegionalOperation.View
        : Is(handlerName, "Publish") || Is(handlerName, "Unarchive") ? RegionalOperation.Publish
        : Is(handlerName, "Delete") || Is(handlerName, "Archive") || Is(handlerName, "Purge") ? RegionalOperation.Delete
        : RegionalOperation.Edit;

    /// <summary>Shows <paramref name="message"/> as the notice on the page at <paramref name="url"/> (a local path).</summary>
    protected IActionResult Done(string message, string url) => AuthoringNotice.Redirect(this, message, url);

    /// <summary>
    /// Before publishing <paramref name="draft"/>: when a Swedish or English translation is missing or older than the
    /// Finnish text and the author has not confirmed with "Publish anyway" (<paramref name="publishAnyway"/>), the page
    /// with the warning (200), which names them; otherwise null, and the handler publishes. Nothing to publish, nothing to warn of.
    /// </summary>
    protected IActionResult? WarnOfTranslations(ContentVersion? draft, bool publishAnyway, string itemTitle, string editorUrl)
    {
        if (publishAnyway || TranslationWarning.Behind([(itemTitle, draft)]) is not { Count: > 0 } behind)
        {
            return null;
        }

        TranslationWarning = new TranslationWarning(itemTitle, behind, editorUrl);
        return Page();
    }

    /// <summary>
    /// Shows a version history (Pages/Shared/_VersionHistory.cshtml). When Compare was pressed (<paramref name="compare"/>)
    /// without a version chosen on both sides, the same page again with the error summary and 400, so a comparison
    /// never silently shows nothing.
    /// </summary>
    protected IActionResult HistoryPage(VersionHistory history, bool compare)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (compare && (history.From is null || history.To is null))
        {
            // The summary links to the newest version's radio button on the side still to choose.
            var side = history.From is null ? "from" : "to";
            var newest = history.Versions.Count > 0 ? history.Versions[0] : null;
            ModelState.AddModelError(newest is null ? string.Empty : $"{side}-{newest.Number}", AuthoringText["History.ChooseTwo"]);
            return this.Invalid();
        }

        return Page();
    }

    /// <summary>Checks an editor's title and text per language: see <see cref="TextValidation"/>.</summary>
    protected Task ValidateTextAsync(
        IReadOnlyDictionary<string, string?> title,
        IReadOnlyDictionary<string, string?> text,
        (int Title, int Text) maxLength,
        CancellationToken cancellationToken,
        bool finnishTitleRequired = false) =>
        TextValidation.ValidateAsync(ModelState, HttpContext.RequestServices, title, text, maxLength, finnishTitleRequired, cancellationToken);

    private static bool Is(string? handlerName, string name) => string.Equals(handlerName, name, StringComparison.OrdinalIgnoreCase);
}
