using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Core.Tests.Enrichment;

/// <summary>The classic traps of country and person tagging, on small hand-written texts.</summary>
public class TaggerTrapTests
{
    private static readonly EnrichmentData Data = EnrichmentData.Default;
    private static readonly CountryTagger Countries = new(Data.Gazetteer, Data.Names);
    private static readonly PersonTagger People = new(Data.Names, Data.Gazetteer, Data.Outlets, Data.NameModel, Data.Lexicon);

    private static string[] Codes(string text) => Countries.Tag([text]).Select(c => c.Code).ToArray();
    private static string[] Names(string text) => People.Tag([text]).Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("Let us go to the market.", new string[0])]
    [InlineData("The governor of New Mexico spoke.", new string[0])]
    [InlineData("The Washington Post reported it.", new string[0])]
    [InlineData("Michael Jordan retired again.", new string[0])]
    [InlineData("Chad Smith played the drums.", new string[0])]
    [InlineData("They ate turkey on Thursday.", new string[0])]
    [InlineData("She grew up in Atlanta, Georgia, and studied at Georgia Tech.", new string[0])]
    [InlineData("Russia and Georgia fought in 2008; Tbilisi protested.", new[] { "RU", "GE" })]
    [InlineData("Jordan Peterson spoke in Amman.", new[] { "JO" })]
    [InlineData("The U.S. and the UK met in Washington.", new[] { "US", "GB" })]
    [InlineData("Israeli jets struck Iranian-backed militias near Damascus.", new[] { "IL", "IR", "SY" })]
    [InlineData("Syria’s border with Jordan is closed.", new[] { "SY", "JO" })]
    [InlineData("Tehran and Moscow agreed.", new[] { "IR", "RU" })]
    [InlineData("Every public school in Fulton County, Georgia, will soon include the tech, as in Tennessee.", new string[0])]
    [InlineData("Georgia's parliament in Tbilisi voted as Russia watched.", new[] { "GE", "RU" })]
    [InlineData("Fighting in eastern Congo displaced thousands around Goma; Kinshasa blamed rebels.", new[] { "CD" })]
    [InlineData("In Congo, President Sassou Nguesso spoke in Brazzaville.", new[] { "CG" })]
    [InlineData("Mobutu renamed the country Zaire in 1971.", new[] { "CD" })]
    [InlineData("Formosa, Ivory Coast, East Timor, Kazakstan and Brunei sent delegates.", new[] { "TW", "CI", "TL", "KZ", "BN" })]
    [InlineData("Turkey sales rise before Thanksgiving, and the roast is the centrepiece.", new string[0])]
    [InlineData("Turkey and Syria reopened the crossing.", new[] { "TR", "SY" })]
    [InlineData("The Irish prime minister met the Bajans' cricket team.", new[] { "IE", "BB" })]
    [InlineData("Residents of the Indian Village neighbourhood objected.", new string[0])]
    [InlineData("The Pan American Health Organization and Pan-American officials warned of new surges.", new string[0])]
    public void CountryTagger_FindsCountriesAndAvoidsTraps(string text, string[] expected) =>
        Assert.Equal(expected.Order(), Codes(text).Order());

    [Fact]
    public void CountryTagger_CountsMentions()
    {
        var tags = Countries.Tag(["Iran said no. Iran’s envoy left. The Iranian foreign minister stayed."]);
        Assert.Equal(3, tags.Single(t => t.Code == "IR").Mentions);
        Assert.Equal("Iran", tags.Single().Name);
    }

    [Fact]
    public void PersonTagger_StripsTitlesAndMergesSurnames()
    {
        var tags = People.Tag(["President Barack Obama spoke on Monday. Later, Obama said the talks would go on.", "Gen. Erik Kurilla was there."]);
        Assert.Equal(2, tags.Single(p => p.Name == "Barack Obama").Mentions);
        Assert.Contains("Erik Kurilla", tags.Select(p => p.Name));
    }

    [Theory]
    [InlineData("The White House declined to comment.")]
    [InlineData("The Wall Street Journal reported on Thursday.")]
    [InlineData("Islamic State fighters and the Quds Force clashed.")]
    [InlineData("The Defense Minister arrived late.")]
    public void PersonTagger_DoesNotTakeOrganisationsOrOfficesForPeople(string text) => Assert.Empty(Names(text));

    [Theory]
    // A nationality before a name marks a person and is not part of the name, at a sentence's start or inside it.
    [InlineData("Norwegian Erling Haaland scored twice.", "Erling Haaland")]
    [InlineData("The Frenchman Kylian Mbappe scored again.", "Kylian Mbappe")]
    [InlineData("The goal came after Brazilian Gabriel Jesus ran clear.", "Gabriel Jesus")]
    public void ANationalityBeforeAName_IsNotPartOfIt(string text, string name) => Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Shares fell, said the Norwegian Cruise Line chief.")]
    [InlineData("Analysts at American Express Co. were cautious.")]
    public void ANationalityBeforeACompany_MakesNoPerson(string text) => Assert.Empty(Names(text));

    [Fact]
    public void PersonTagger_UsesTheAliasFileForOtherSpellings()
    {
        Assert.Equal(["Qassem Soleimani"], Names("General Qassim Suleimani was killed."));
        Assert.Equal(["Qassem Soleimani"], Names("Gen. Qassem Soleimani arrived."));
    }

    [Fact]
    public void DateExtractor_ReadsNewsDateFormatsButNeverInventsOne()
    {
        Assert.Equal(new DateOnly(2022, 6, 17), DateExtractor.Find("17 Jun, 2022 08:16"));
        Assert.Equal(new DateOnly(2014, 6, 17), DateExtractor.Find("June 17, 2014 | 3 Comments »"));
        Assert.Equal(new DateOnly(2021, 7, 5), DateExtractor.Find("Global Research, July 05, 2021"));
        Assert.Null(DateExtractor.Extract(new PageLayout(["Breaking news"], ["On June 27, 2021 the US carried out strikes."], [])));
    }

    [Fact]
    public void Enricher_SourceMetadataWinsOverDetection()
    {
        var doc = new SourceDocument
        {
            Source = "x.jsonl#1", Text = "Reuters reported that Iran and Iraq met on June 5, 2020.", Kind = TextKind.ArticleText,
            Outlet = "the guardian", Title = "Given title", Published = new DateOnly(2020, 1, 2),
        };
        var a = new ArticleEnricher(Data).Enrich(doc);
        Assert.Equal("The Guardian", a.Outlet);
        Assert.Equal("Given title", a.Title);
        Assert.Equal(new DateOnly(2020, 1, 2), a.Published);
        Assert.Equal(["Reuters"], a.Cites);
    }

    [Theory]
    [InlineData("USS_George_H.W._Bush_syria24.11.11The US and Iran met.", "The US and Iran met.")]
    [InlineData("Photo: IMG_2034_final.jpg shows the port.", "Photo: shows the port.")]
    [InlineData("The snake_case word stays.", "The snake_case word stays.")]
    public void FileNamesLeftInScrapedText_AreDropped(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));
}
