namespace Search.Core.Coverage;

/// <summary>
/// Dunning's log-likelihood ratio G² for a 2×2 table: how surprising it is that <c>a</c> of <c>n1</c> documents on one
/// side have a term when <c>b</c> of <c>n2</c> on the other side do, if both sides used it alike. Above 10.83 the
/// difference has less than a 0.1% chance of being luck (one degree of freedom); it stays meaningful for rare terms,
/// where a chi-squared test overstates.
/// </summary>
public static class LogLikelihood
{
    public const double Significant = 10.83;

    public static double G2(long a, long n1, long b, long n2)
    {
        if (n1 <= 0 || n2 <= 0)
        {
            return 0;
        }
        var total = n1 + n2;
        var with = a + b;
        var without = total - with;
        static double Term(double observed, double expected) => observed <= 0 || expected <= 0 ? 0 : observed * Math.Log(observed / expected);
        return 2 * (Term(a, (double)n1 * with / total) + Term(n1 - a, (double)n1 * without / total)
                    + Term(b, (double)n2 * with / total) + Term(n2 - b, (double)n2 * without / total));
    }
}
