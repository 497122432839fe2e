using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Core.Tests.Enrichment;

/// <summary>Page furniture in other languages — "read also" teasers, share lines, photo credits, comment sections — leaves the body.</summary>
public class PageFurnitureTests
{
    private static readonly ArticleEnricher Enricher = new(EnrichmentData.Default);

    public static readonly TheoryData<string, string, string, string, string> Pages = new()
    {
        // language, first paragraph, a furniture line inside, the article's last paragraph, what follows it (a section that ends the article)
        { "ru", "Переговоры о перемирии продолжатся на следующей неделе, заявили в Кремле после встречи делегаций.", "Читайте также: Кремль ответил на заявление Вашингтона",
            "Министр добавил, что следующая встреча пройдёт в Женеве в начале месяца.", "Комментарии (12)" },
        { "ar", "قال الوزير إن المفاوضات بين العراق وسوريا ستستمر الأسبوع المقبل رغم الضربات الأخيرة في المنطقة.", "اقرأ أيضا: الحكومة تعلن موعد الانتخابات",
            "وأضاف أن الجولة المقبلة ستعقد في جنيف مطلع الشهر المقبل.", "أخبار ذات صلة" },
        { "pt", "O ministro disse na terça-feira que as negociações continuarão na próxima semana, apesar das greves.", "Leia também: Governo anuncia novo pacote",
            "Segundo ele, a próxima reunião será em Genebra no início do mês.", "Notícias relacionadas" },
        { "ja", "同社は火曜日、新しいデスクトップアプリを発表した。利用者は来月から無料で使えるという。", "写真：記者会見する社長",
            "次の更新は来年春に予定されているという。", "関連ニュース" },
        { "tr", "Bakan salı günü yaptığı açıklamada, görüşmelerin gelecek hafta devam edeceğini söyledi.", "Paylaş",
            "Bir sonraki toplantının ay başında Cenevre'de yapılacağı belirtildi.", "Yorumlar" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void FurnitureLeaves_TheArticleStays(string language, string first, string furniture, string last, string after)
    {
        var text = string.Join("\n\n", first, furniture, last, after, "Третий абзац, которого не должно быть в статье: он стоит после раздела.");
        var article = Enricher.Enrich(new SourceDocument { Source = $"{language}.html", Text = text, Kind = TextKind.ExtractedContent });
        Assert.Contains(first, article.Text);
        Assert.Contains(last, article.Text);
        Assert.DoesNotContain(furniture, article.Text);
        Assert.DoesNotContain(after, article.Text);
        Assert.DoesNotContain("Третий абзац", article.Text);
    }

    [Fact]
    public void AProseLineThatOpensWithTheSameWords_Stays()
    {
        var text = "Переговоры продолжатся на следующей неделе, заявили в Кремле после встречи.\n\nПо теме переговоров министр сказал, что стороны близки к соглашению о перемирии.";
        var article = Enricher.Enrich(new SourceDocument { Source = "ru.html", Text = text, Kind = TextKind.ExtractedContent });
        Assert.Contains("По теме переговоров министр сказал", article.Text);
    }
}
