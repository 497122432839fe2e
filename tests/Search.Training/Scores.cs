namespace Search.Training;

/// <summary>True positives, false positives and false negatives, and what they give.</summary>
public sealed class Scores
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts one predicted set against one gold set.</summary>
    public void Add<T>(IReadOnlySet<T> predicted, IReadOnlySet<T> gold)
    {
        var hit = predicted.Count(gold.Contains);
        TruePositives += hit;
        FalsePositives += predicted.Count - hit;
        FalseNegatives += gold.Count - hit;
    }

    public override string ToString() =>
        $"P {Precision:F3}  R {Recall:F3}  F1 {F1:F3}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}
