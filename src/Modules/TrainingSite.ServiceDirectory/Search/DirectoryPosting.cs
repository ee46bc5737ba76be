namespace TrainingSite.ServiceDirectory.Search;

/// <summary>A term found in a point (by its index in the snapshot), with the weight of the best field it is in.</summary>
public readonly record struct DirectoryPosting(int Entry, float FieldWeight);
