namespace TrainingSite.Abstractions.Navigation;

/// <summary>
/// A link a module adds to one of the site's menus. The text is a key in <see cref="Strings"/>'s resources.
/// <see cref="Policy"/> hides the link from users who lack the permission; the page checks it again itself.
/// </summary>
public sealed record NavigationEntry(string Menu, string TextKey, Type Strings, string Url, int Order, string? Policy = null);
