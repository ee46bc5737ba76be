using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Data;
using TrainingSite.Recipes.Models;

namespace TrainingSite.Recipes.Services;

/// <summary>
/// Validates a recipe whole (every problem with its JSON path) before writing anything, then applies its
/// steps in file order, each by the module that owns it, in one transaction, with the import's audit event.
/// </summary>
public sealed class RecipeEngine(
    TrainingDbContext db,
    IEnumerable<IRecipeStep> steps,
    IEnumerable<IRecipeReferenceSource> referenceSources,
    IStringLocalizer<SharedStrings> strings,
    IAuditTrail audit,
    ILogger<RecipeEngine> logger)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public async Task<RecipeResult> ValidateAsync(string json, CancellationToken cancellationToken)
    {
        var (result, _) = await ParseAndValidateAsync(json, cancellationToken);
        return result;
    }

    /// <summary>The audit trail's actor for the recipes applied on the first start.</summary>
    public static readonly AuditActor FirstRunActor = new(null, "first-run");

    /// <summary>The audit trail's actor for <c>-- recipe import</c>.</summary>
    public static readonly AuditActor CommandLineActor = new(null, "command line");

    /// <summary>Validates, then applies in one transaction; an invalid recipe changes nothing.</summary>
    /// <param name="actor">Who imports when nobody is signed in (<see cref="FirstRunActor"/>, <see cref="CommandLineActor"/>); null: the signed-in user.</param>
    public async Task<RecipeResult> ImportAsync(string json, string source, CancellationToken cancellationToken, AuditActor? actor = null)
    {
        var (result, document) = await ParseAndValidateAsync(json, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        using (document)
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                try
                {
                    foreach (var step in document!.RootElement.GetProperty("steps").EnumerateArray())
                    {
                        await _steps[step.GetProperty("step").GetString()!].ApplyAsync(step, cancellationToken);
                    }

                    db.Set<RecipeImport>().Add(new RecipeImport { Name = result.Name!, Sha256 = Hash(json), Source = source, AppliedAt = DateTimeOffset.UtcNow });
                    var stepNames = document!.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()).Distinct();
                    audit.Record(new AuditRecord(AuditKinds.RecipeImported, AuditItemTypes.Recipe, result.Name, result.Name, null, $"source: {source}; steps: {string.Join(", ", stepNames)}")
                    {
                        Actor = actor,
                    });
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            });
        }

        logger.LogInformation("Applied recipe {Recipe} from {Source}", result.Name, source);
        return result;
    }

    /// <summary>The site's content as one recipe, steps ordered so that every reference points backwards.</summary>
    public async Task<string> ExportAsync(CancellationToken cancellationToken)
    {
        var exported = new JsonArray();
        foreach (var step in _steps.Values.OrderBy(s => s.ExportOrder).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            if (await step.ExportAsync(cancellationToken) is { } node)
            {
                exported.Add(node);
            }
        }

        var recipe = new JsonObject
        {
            ["name"] = "site-export",
            ["displayName"] = "TrainingSite export",
            ["version"] = "1.0.0",
            ["steps"] = exported,
        };
        return recipe.ToJsonString(RecipeJson.Options) + "\n";
    }

    public Task<bool> HasImportsAsync(CancellationToken cancellationToken) => db.Set<RecipeImport>().AnyAsync(cancellationToken);

    private async Task<(RecipeResult Result, JsonDocument? Document)> ParseAndValidateAsync(string json, CancellationToken cancellationToken)
    {
        var context = new RecipeValidationContext(strings);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 });
        }
        catch (JsonException exception)
        {
            // The parser's message is technical English ("... LineNumber: 0 | BytePositionInLine: 5."): it goes to the log;
            // the person importing is told, in their language, where the file goes wrong.
            logger.LogInformation("A recipe is not valid JSON: {Detail}", exception.Message);
            if (string.IsNullOrWhiteSpace(json))
            {
                context.Error("$", RecipeMessages.EmptyFile);
            }
            else
            {
                var (line, position) = JsonErrorPlace.Of(json, exception);
                context.Error("$", RecipeMessages.InvalidJson, line, position);
            }

            return (new RecipeResult(null, context.Problems), null);
        }

        var name = ValidateEnvelope(document.RootElement, context);
        await ResolveReferencesAsync(context, cancellationToken);
        if (context.Problems.Count > 0)
        {
            document.Dispose();
            return (new RecipeResult(name, context.Problems), null);
        }

        return (new RecipeResult(name, []), document);
    }

    private string? ValidateEnvelope(JsonElement root, RecipeValidationContext context)
    {
        var envelope = new RecipeReader(root, "$", context);
        if (!envelope.IsObject)
        {
            context.Error("$", RecipeMessages.ExpectedObject);
            return null;
        }

        var name = envelope.ReadString("name", required: true);
        if (envelope.ReadRaw("displayName") is { ValueKind: JsonValueKind.Object })
        {
            envelope.ReadText("displayName", required: false);
        }
        else
        {
            envelope.ReadString("displayName", required: false);
        }

        envelope.ReadString("description", required: false, maxLength: 2000);
        envelope.ReadString("version", required: false, maxLength: 50);
        envelope.ReadObjects("steps", required: true, step =>
        {
            var stepName = step.ReadString("step", required: true);
            if (stepName is null)
            {
                return 0;
            }

            if (_steps.TryGetValue(stepName, out var owner))
            {
                owner.Validate(step.Element, step.Path, context);
            }
            else
            {
                context.Error($"{step.Path}.step", RecipeMessages.UnknownStep, stepName, string.Join(", ", _steps.Keys.Order(StringComparer.Ordinal)));
            }

            return 0;
        });
        return name;
    }

    private async Task ResolveReferencesAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        var sources = referenceSources.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        var known = new Dictionary<(string, string), bool>();
        foreach (var (kind, id, path) in context.References)
        {
            if (context.IsDeclared(kind, id))
            {
                continue;
            }

            if (!known.TryGetValue((kind, id), out var exists))
            {
                exists = sources.TryGetValue(kind, out var source) && await source.ExistsAsync(id, cancellationToken);
                known[(kind, id)] = exists;
            }

            if (!exists)
            {
                context.Error(path, RecipeMessages.UnknownReference, kind, id);
            }
        }
    }

    private static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
