using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// The service point editor's form as a browser would post it: every field's current value (checked boxes only), with
/// some changed; and where the weekly grid keeps a channel's day (its slots' indices in <c>Input.Hours[i]</c>).
/// </summary>
public static class EditorForm
{
    public static List<KeyValuePair<string, string>> Values(IDocument page, IReadOnlyDictionary<string, string> changes, string selector = "form[data-point-editor]")
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{selector}'");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    values.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" }:
                    break;
                case IHtmlInputElement input when input.Name is { Length: > 0 }:
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 }:
                    values.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 }:
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }

        values.RemoveAll(v => changes.ContainsKey(v.Key));
        values.AddRange(changes);
        return values;
    }

    /// <summary>The indices of the grid slots of a channel (<c>inPerson</c>) and day (<c>mon</c>), in order.</summary>
    public static List<int> Slots(IDocument page, string channel, string day) =>
        [.. page.QuerySelectorAll("input[type=hidden][name$='].Channel'][name^='Input.Hours[']")
            .Where(i => i.GetAttribute("value") == channel)
            .Select(i => int.Parse(i.GetAttribute("name")!["Input.Hours[".Length..].Split(']')[0], System.Globalization.CultureInfo.InvariantCulture))
            .Where(index => page.QuerySelector($"input[name='Input.Hours[{index}].Day']")?.GetAttribute("value") == day)];
}
