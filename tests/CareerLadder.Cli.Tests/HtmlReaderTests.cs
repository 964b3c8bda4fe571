using System.Linq;
using CareerLadder.Cli.Importing.Markdown;
using Xunit;

namespace CareerLadder.Cli.Tests;

/// <summary>
/// The importer reads HTML tables and chart images with an HTML parser: comments, nested tables and '>' inside
/// attribute values are HTML, not text that happens to look like tags.
/// </summary>
public sealed class HtmlReaderTests
{
    [Fact]
    public void A_row_inside_a_comment_is_not_a_row()
    {
        var (source, table) = Table("<table>\n<!-- <tr><td>old</td><td>row</td></tr> -->\n<tr><td>A</td><td>B</td></tr>\n<tr><td>a</td><td>b</td></tr>\n</table>\n");

        Assert.Equal(new[] { new[] { "A", "B" }, new[] { "a", "b" } }, Cells(source, table));
        Assert.Equal(new[] { 3, 3 }, table.Rows[0].Select(cell => cell.Line));
    }

    [Fact]
    public void A_closing_tag_inside_a_comment_does_not_end_the_cell()
    {
        var (source, table) = Table("<table><tr><td>A <!-- </td> --> still A</td><td>B</td></tr></table>");

        Assert.Equal(new[] { new[] { "A <!-- </td> --> still A", "B" } }, Cells(source, table));
    }

    [Fact]
    public void A_greater_than_sign_inside_an_attribute_does_not_end_the_tag()
    {
        var (source, table) = Table("<table><tr><td title=\"a > b\" markdown=\"1\">A</td><td data-x='>'>B</td></tr></table>");

        Assert.Equal(new[] { new[] { "A", "B" } }, Cells(source, table));
    }

    [Fact]
    public void A_nested_table_stays_inside_its_cell_and_the_outer_table_ends_at_its_own_closing_tag()
    {
        const string Html = "<table>\n<tr><td>A</td><td>B</td></tr>\n<tr><td>a</td><td>b<table><tr><td>in</td></tr></table>c</td></tr>\n</table>";
        var (source, table) = Table(Html + "\nafter\n");

        Assert.Equal(new[] { new[] { "A", "B" }, new[] { "a", "b<table><tr><td>in</td></tr></table>c" } }, Cells(source, table));
        Assert.Equal(Html.Length, table.End);
    }

    [Fact]
    public void Cells_closed_implicitly_end_where_the_next_cell_or_row_starts()
    {
        var (source, table) = Table("<table><tr><td>A<td>B<tr><td>a<td>b</table>");

        Assert.Equal(new[] { new[] { "A", "B" }, new[] { "a", "b" } }, Cells(source, table));
    }

    [Fact]
    public void A_table_that_is_never_closed_is_null()
    {
        var source = MarkdownSource.Parse("page.md", "<table><tr><td>A</td></tr>\n");

        Assert.Null(HtmlTableReader.Read(source, 0));
    }

    [Fact]
    public void A_picture_reads_its_dark_source_and_img_ignoring_comments_and_with_greater_than_signs_in_attributes()
    {
        var image = HtmlImage.Read(
            "<picture>\n  <!-- <img src=\"/charts/old.png\" alt=\"old\"> -->\n"
            + "  <source media=\"(prefers-color-scheme: dark)\" srcset=\"/charts/be-2-dark.png\">\n"
            + "  <img alt=\"Backend 2 > Backend 1\" src=\"/charts/be-2.png\">\n</picture>");

        Assert.Equal(new ChartImage("/charts/be-2.png", "/charts/be-2-dark.png", "Backend 2 > Backend 1"), image);
    }

    [Fact]
    public void Entities_in_attributes_are_decoded_and_html_without_an_image_is_null()
    {
        Assert.Equal(new ChartImage("/charts/a&b.png", null, "R&D \"5\""), HtmlImage.Read("<img src=\"/charts/a&amp;b.png\" alt='R&amp;D &quot;5&quot;'>"));
        Assert.Null(HtmlImage.Read("<!-- <img src=\"/charts/x.png\"> --><p>no image</p>"));
    }

    private static (MarkdownSource Source, HtmlTable Table) Table(string text)
    {
        var source = MarkdownSource.Parse("page.md", text);
        return (source, HtmlTableReader.Read(source, 0)!);
    }

    private static string[][] Cells(MarkdownSource source, HtmlTable table) =>
        table.Rows.Select(row => row.Select(cell => source.Text.Substring(cell.Start, cell.Length)).ToArray()).ToArray();
}
