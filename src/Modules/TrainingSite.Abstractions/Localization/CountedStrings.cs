using Microsoft.Extensions.Localization;

namespace TrainingSite.Abstractions.Localization;

/// <summary>
/// Count-aware strings: a counted text has two keys, <c>Name.One</c> and <c>Name.Other</c>, in every language's
/// resources, and the count picks one ("1 käyttäjä", "2 käyttäjää"). Finnish, Swedish and English share the CLDR
/// cardinal rule for whole numbers: "one" for exactly 1, "other" for everything else (0 included).
/// </summary>
public static class CountedStrings
{
    /// <summary>The <c>.One</c> or <c>.Other</c> form of <paramref name="name"/>; the count is argument {0}, then <paramref name="arguments"/>.</summary>
    public static LocalizedString Count(this IStringLocalizer strings, string name, int count, params object[] arguments) =>
        strings[$"{name}.{(count == 1 ? "One" : "Other")}", [count, .. arguments]];
}
