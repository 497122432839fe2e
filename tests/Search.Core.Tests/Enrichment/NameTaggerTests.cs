using Search.Training;
using Search.Core.Enrichment;
using Search.Core.Enrichment.Tagging;

namespace Search.Core.Tests.Enrichment;

/// <summary>The trained name tagger as shipped, and the trainer that makes it.</summary>
public class NameTaggerTests
{
    private static readonly EnrichmentData Data = EnrichmentData.Default;
    private static readonly PersonTagger People = new(Data.Names, Data.Gazetteer, Data.Outlets, Data.NameModel, Data.Lexicon);

    private static string[] Names(params string[] paragraphs) => People.Tag(paragraphs).Select(p => p.Name).Order().ToArray();

    [Fact]
    public void ShippedModel_Loads()
    {
        Assert.NotNull(Data.NameModel);
        Assert.True(Data.NameModel!.FeatureCount > 10_000);
    }

    [Theory]
    [InlineData("Premier Nikita Khrushchev met Fidel Castro in Havana on Tuesday.")]
    [InlineData("Shares of Salomon Brothers fell, said analyst Mary Smith, as Kennedy, Johnson and Nixon watched.")]
    public void BeamDecoding_GivesTagsThatMayFollowEachOther_AndNoWorseAScoreThanGreedy(string text)
    {
        var tokens = Search.Core.Text.WordTokenizer.Tokenize(text);
        var greedy = Data.NameModel!.Tag(tokens, Data.Lexicon);
        var beam = Data.NameModel.WithBeam(6).Tag(tokens, Data.Lexicon);
        for (var i = 0; i < beam.Length; i++)
        {
            Assert.True(beam[i] == NameTags.O || NameTags.Allowed(beam[i], i > 0 ? beam[i - 1] : NameTags.O, tokens[i]), $"{NameTags.Name(beam[i])} at {tokens[i].Text}");
        }
        Assert.True(SequenceScore(tokens, beam) >= SequenceScore(tokens, greedy) - 1e-3f);
        Assert.Equal(greedy, Data.NameModel.WithBeam(1).Tag(tokens, Data.Lexicon));
    }

    // The model's score of a whole tag sequence: what a beam maximises and greedy decoding only approaches.
    private static float SequenceScore(List<Search.Core.Text.WordToken> tokens, int[] tags)
    {
        var features = new TokenFeatures(tokens, Data.Lexicon);
        Span<ulong> keys = stackalloc ulong[TokenFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NameTags.Count];
        var total = 0f;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!features.IsCandidate(i))
            {
                continue;
            }
            var n = features.Extract(i, i > 0 ? tags[i - 1] : NameTags.O, i > 1 ? tags[i - 2] : NameTags.O, keys);
            Data.NameModel!.Score(keys[..n], scores);
            total += scores[tags[i]];
        }
        return total;
    }

    [Theory]
    // Given names the name lists do not hold, found by the model.
    [InlineData("Premier Nikita Khrushchev met Fidel Castro in Havana.", new[] { "Fidel Castro", "Nikita Khrushchev" })]
    [InlineData("1. Sarah Sjostrom (Sweden) 25.76", new[] { "Sarah Sjostrom" })]
    // Titles stripped, initials and hyphens kept.
    [InlineData("Prosecutor Fred Lewis told the court the case was closed.", new[] { "Fred Lewis" })]
    [InlineData("Kennedy sent C. Douglas Dillon and W. Averell Harriman to Paris.", new[] { "C. Douglas Dillon", "W. Averell Harriman" })]
    [InlineData("The judge, Mervyn Griffith-Jones, asked the jury.", new[] { "Mervyn Griffith-Jones" })]
    // A particle belongs to the name; letters after it do not.
    [InlineData("New York City Mayor Bill de Blasio said burials might be needed.", new[] { "Bill de Blasio" })]
    [InlineData("His Honour Judge Neil Ford QC sentenced him to three years.", new[] { "Neil Ford" })]
    public void FindsPeople(string text, string[] expected) => Assert.Equal(expected.Order(), Names(text));

    [Theory]
    [InlineData("The Red Cross said supplies were running out.")]
    [InlineData("Salomon Brothers Inc. reported higher profits on Tuesday.")]
    [InlineData("The plan was approved by developer WhiTim Napa LLC after a long debate.")]
    [InlineData("Traffic on Miller Drive was stopped for hours.")]
    public void DoesNotTakeOrganisationsOrPlacesForPeople(string text) => Assert.Empty(Names(text));

    [Fact]
    public void NamesDoNotRunAcrossCommas()
    {
        Assert.Equal(["Bernie Sanders", "Elizabeth Warren", "Pete Buttigieg"], Names("Organizers are pulling for Elizabeth Warren, Bernie Sanders and Pete Buttigieg."));
    }

    [Fact]
    public void SurnameAndGivenNameAloneCountForTheFullName()
    {
        var people = People.Tag(["Prime Minister John Major arrived in Brussels.", "Major said the talks went well, and John thanked them."]);
        Assert.Equal("John Major", Assert.Single(people).Name);
        Assert.True(people[0].Mentions >= 2);
    }

    [Fact]
    public void Retraining_IsDeterministic_AndLearnsTheTinyCorpus()
    {
        var sentences = new[]
        {
            TrainingSentence.FromWords(["Anna", "Kowalski", "met", "the", "Acme", "Corp", "board", "in", "Paris", "."], ["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"]),
            TrainingSentence.FromWords(["Mr", "Kowalski", "said", "Acme", "Corp", "would", "grow", "."], ["O", "B-PER", "O", "B-ORG", "I-ORG", "O", "O", "O"]),
            TrainingSentence.FromWords(["Jan", "Nowak", "flew", "to", "Paris", "."], ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        };
        byte[] Train()
        {
            var model = new NameModelTrainer(Data.Lexicon).Train(sentences, epochs: 5, seed: 7);
            using var bytes = new MemoryStream();
            model.Save(bytes);
            return bytes.ToArray();
        }
        var first = Train();
        Assert.Equal(first, Train());

        var trained = NameModel.Load(new MemoryStream(first));
        var tags = trained.Tag(sentences[2].Tokens, Data.Lexicon);
        Assert.Equal(sentences[2].Tags, tags);
    }

    [Fact]
    public void DamagedModel_IsRefusedWithItsName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"names-model-{Guid.NewGuid():N}.bin.gz");
        var good = File.ReadAllBytes(Path.Combine(EnrichmentData.DefaultDirectory, "names-model.bin.gz"));
        File.WriteAllBytes(path, good[..(good.Length / 2)]);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => NameModel.Load(path));
            Assert.Contains(path, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TrainingSentences_FollowTheRuntimeTokenizer()
    {
        // "U.S" "." is one runtime token; "'s" comes off as a possessive; a tag continues across a cut word.
        var s = TrainingSentence.FromWords(["The", "U.S", ".", "envoy", "met", "Syria", "'s", "Bashar", "al-Assad", "."], ["O", "B-LOC", "O", "O", "O", "B-LOC", "O", "B-PER", "I-PER", "O"]);
        Assert.Equal(["The", "U.S.", "envoy", "met", "Syria", "Bashar", "al-Assad"], s.Tokens.Select(t => t.Text));
        Assert.Equal([NameTags.O, NameTags.Parse("B-LOC"), NameTags.O, NameTags.O, NameTags.Parse("B-LOC"), NameTags.Parse("B-PER"), NameTags.Parse("I-PER")], s.Tags);
    }
}
