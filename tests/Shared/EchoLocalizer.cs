using Microsoft.Extensions.Localization;

namespace TrainingSite.Tests.Shared;

/// <summary>
/// Answers "key(arg1|arg2)" for every string, so a unit test can assert which message was chosen and with what,
/// without the resources. Linked into the unit test projects that need a localizer (tests/Shared).
/// </summary>
internal sealed class EchoLocalizer<T> : IStringLocalizer<T>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, arguments.Length == 0 ? name : $"{name}({string.Join("|", arguments)})");

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
