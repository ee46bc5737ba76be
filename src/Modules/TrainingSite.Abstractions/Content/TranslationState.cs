namespace TrainingSite.Abstractions.Content;

/// <summary>For the editor's language tabs: which translations are missing or older than the Finnish text.</summary>
public enum TranslationState
{
    Current,
    Missing,
    OlderThanFinnish,
}
