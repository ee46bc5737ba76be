using Microsoft.Extensions.Localization;

namespace TrainingSite.Core.Tests.Recipes;

/// <summary>Returns "key(arg1|arg2)" so tests can assert which message was chosen and with what.</summary>
internal sealed class KeyEchoLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, $"{name}({string.Join("|", arguments)})");

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
