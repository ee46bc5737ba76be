namespace TrainingSite.Abstractions.Content;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}
