using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Glossary.Services;

namespace TrainingSite.Glossary.Areas.Glossary.Pages.Glossary;

/// <summary>
/// /glossary: every term in the reader's language, A–Ö, with its names in the other two languages and a
/// plain-language explanation; ?q= narrows the list (a GET form, so it works without JavaScript). Each term is
/// the target of /glossary#term-{id}, where lessons and articles link its first use. Open to everyone.
/// </summary>
public sealed class IndexModel(GlossaryPage page) : PageModel
{
    public const int MaxQueryLength = 200;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public GlossaryView View { get; private set; } = null!;

    public string Culture { get; } = SiteCultures.Current;

    public bool IsSearch => !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Q = Q?.Trim() is { Length: > MaxQueryLength } text ? text[..MaxQueryLength] : Q?.Trim();
        View = await page.BuildAsync(Culture, Q, cancellationToken);
    }
}
