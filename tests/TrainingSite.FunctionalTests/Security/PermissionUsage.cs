using System.Reflection;
using System.Reflection.Emit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Navigation;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// Where the running site checks each permission: as a policy in endpoint authorization metadata
/// (<c>[Authorize(Policy = ...)]</c>, <c>RequireAuthorization</c>), in a module's static <see cref="RegionalRules"/>, or
/// by name in code that asks <c>IAuthorizationService</c> (a policy name loaded as a string anywhere but the
/// declarations and the menus, which hide links and check nothing).
/// </summary>
public static class PermissionUsage
{
    public static IReadOnlySet<string> Declared(IServiceProvider services) =>
        services.GetServices<IPermissionProvider>().SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> EndpointPolicies(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>())
            .Select(a => a.Policy)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> InRegionalRules() =>
        SiteAssemblies().SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(RegionalRules)).Select(f => f.GetValue(null))
                .Concat(t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(RegionalRules)).Select(p => p.GetValue(null))))
            .OfType<RegionalRules>()
            .SelectMany(r => r.Permissions)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> NamedInCode(IReadOnlySet<string> declared)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in SiteAssemblies().SelectMany(a => a.GetTypes()).Where(t => !IsDeclarationOrMenu(t)))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Cast<MethodBase>().Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)))
            {
                found.UnionWith(StringsLoadedBy(method).Where(declared.Contains));
            }
        }

        return found;
    }

    private static IEnumerable<Assembly> SiteAssemblies() =>
        AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name is { } name
            && (name == "TrainingSite" || name.StartsWith("TrainingSite.", StringComparison.Ordinal)) && !name.EndsWith("Tests", StringComparison.Ordinal) && name != "TrainingSite.Testing");

    /// <summary>Permission providers declare, navigation providers hide links: neither is a check (nor are their lambdas' closures).</summary>
    private static bool IsDeclarationOrMenu(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (typeof(IPermissionProvider).IsAssignableFrom(t) || typeof(INavigationProvider).IsAssignableFrom(t))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The string constants a method's IL loads (ldstr), read by walking its instructions.</summary>
    private static IEnumerable<string> StringsLoadedBy(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException or NotSupportedException)
        {
            il = null;
        }

        if (il is null)
        {
            yield break;
        }

        var position = 0;
        while (position < il.Length)
        {
            short value = il[position] == 0xFE && position + 1 < il.Length ? (short)(0xFE00 | il[position + 1]) : il[position];
            position += value > 0xFF || value < 0 ? 2 : 1;
            if (!OpCodesByValue.TryGetValue(value, out var opCode))
            {
                yield break;
            }

            if (opCode == OpCodes.Ldstr)
            {
                yield return method.Module.ResolveString(BitConverter.ToInt32(il, position));
            }

            position += opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
                _ => 4,
            };
        }
    }
}
