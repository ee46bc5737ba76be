namespace TrainingSite.Glossary;

/// <summary>Marker for the Glossary module's strings (Resources/GlossaryStrings.{fi,sv,en}.resx).</summary>
public sealed class GlossaryStrings
{
    private GlossaryStrings()
    {
    }
}
