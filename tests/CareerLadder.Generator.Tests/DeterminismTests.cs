using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CareerLadder.Generator.Tests.Infrastructure;
using Xunit;

namespace CareerLadder.Generator.Tests;

/// <summary>Identical input gives byte-identical output, whatever the file order or the current culture.</summary>
public sealed class DeterminismTests
{
    private static List<(string Path, string Text)> Files =>
        GeneratorHarness.LoadDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "ladders")).ToList();

    [Fact]
    public void Output_does_not_depend_on_file_order()
    {
        var forward = Generate(Files);
        var backward = Generate(Enumerable.Reverse(Files).ToList());

        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ko-KR")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string cultureName)
    {
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => Generate(Files));
        var local = WithCulture(new CultureInfo(cultureName), () => Generate(Files));

        Assert.Equal(invariant, local);
    }

    [Fact]
    public void Crlf_and_bom_in_ladder_files_give_the_same_output_as_lf()
    {
        var windows = Files.Select(file => (file.Path, "\uFEFF" + file.Text.Replace("\n", "\r\n"))).ToList();

        Assert.Equal(Generate(Files), Generate(windows));
    }

    [Fact]
    public void Output_uses_lf_line_endings_only()
    {
        Assert.All(Generate(Files).Values, text => Assert.DoesNotContain('\r', text));
    }

    private static SortedDictionary<string, string> Generate(IEnumerable<(string Path, string Text)> files)
    {
        var outcome = GeneratorHarness.Run(files);
        return new SortedDictionary<string, string>(outcome.HintNames.ToDictionary(name => name, outcome.Source), System.StringComparer.Ordinal);
    }

    private static T WithCulture<T>(CultureInfo culture, System.Func<T> action)
    {
        var (current, currentUi) = (Thread.CurrentThread.CurrentCulture, Thread.CurrentThread.CurrentUICulture);
        try
        {
            Thread.CurrentThread.CurrentCulture = culture;
            Thread.CurrentThread.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = current;
            Thread.CurrentThread.CurrentUICulture = currentUi;
        }
    }
}
