namespace TrainingSite.Courses.Services;

/// <summary>For the editor's language tabs: which translations are missing or older than the Finnish text.</summary>
public enum TranslationState
{
    Current,
    Missing,
    OlderThanFinnish,
}
