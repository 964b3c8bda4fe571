using System;
using System.Collections.Generic;
using System.Linq;
using CareerLadder.Metadata;
using CsCheck;
using Xunit;

namespace CareerLadder.Tests;

/// <summary>The case-insensitive table behind the generated TryGetLevel and TryGetTrack.</summary>
public sealed class CodeIndexTests
{
    [Fact]
    public void Finds_each_key_at_its_position_ignoring_case()
    {
        var index = new CodeIndex("TPM1 TPM2 EM6 qd6", ' ');

        Assert.Equal(4, index.Count);
        Assert.Equal(0, index.IndexOf("TPM1"));
        Assert.Equal(1, index.IndexOf("tpm2"));
        Assert.Equal(2, index.IndexOf("Em6"));
        Assert.Equal(3, index.IndexOf("QD6"));
        Assert.Equal("qd6", index[3]);
    }

    [Fact]
    public void Unknown_null_and_empty_keys_are_not_found()
    {
        var index = new CodeIndex("TPM1 TPM2", ' ');

        Assert.Equal(-1, index.IndexOf(null));
        Assert.Equal(-1, index.IndexOf(string.Empty));
        Assert.Equal(-1, index.IndexOf("TPM"));
        Assert.Equal(-1, index.IndexOf("TPM12"));
        Assert.Equal(-1, index.IndexOf("TPM1 "));
        Assert.Equal(-1, index.IndexOf("TPM1 TPM2"));
    }

    [Fact]
    public void An_empty_text_holds_no_key()
    {
        var index = new CodeIndex(string.Empty, ' ');

        Assert.Equal(0, index.Count);
        Assert.Equal(-1, index.IndexOf(string.Empty));
        Assert.Equal(-1, index.IndexOf("A"));
    }

    [Fact]
    public void An_empty_key_can_be_indexed_from_an_array()
    {
        var index = new CodeIndex(string.Empty, "A");

        Assert.Equal(0, index.IndexOf(string.Empty));
        Assert.Equal(1, index.IndexOf("a"));
    }

    [Fact]
    public void The_first_of_two_keys_equal_ignoring_case_wins()
    {
        var index = new CodeIndex("tpm TPM Tpm x", ' ');

        Assert.Equal(0, index.IndexOf("TPM"));
        Assert.Equal(0, index.IndexOf("tPm"));
        Assert.Equal(3, index.IndexOf("X"));
    }

    [Fact]
    public void Keys_that_share_slots_are_told_apart_by_comparing_them()
    {
        // 5,000 keys in 16,384 slots: by the birthday bound hundreds of them share a home slot and probe on.
        var keys = Enumerable.Range(0, 5000).Select(number => "C" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var index = new CodeIndex(keys);

        for (var position = 0; position < keys.Length; position++)
        {
            Assert.Equal(position, index.IndexOf(keys[position].ToLowerInvariant()));
        }

        for (var number = 5000; number < 20000; number++)
        {
            Assert.Equal(-1, index.IndexOf("c" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [InlineData("É1", "é1", true)]
    [InlineData("ÄRZTIN", "ärztin", true)]
    [InlineData("한국어", "한국어", true)]
    [InlineData("한국어", "한국아", false)]
    [InlineData("STRASSE", "straße", false)]
    [InlineData("K1", "\u212A1", false)]
    [InlineData("\uD801\uDC00", "\uD801\uDC28", true)]
    public void Non_ascii_keys_follow_ordinal_ignore_case(string key, string query, bool found)
    {
        Assert.Equal(string.Equals(key, query, StringComparison.OrdinalIgnoreCase), found);
        Assert.Equal(found ? 0 : -1, new CodeIndex(key).IndexOf(query));
    }

    [Fact]
    public void Dotless_and_long_s_agree_with_ordinal_ignore_case()
    {
        foreach (var (key, query) in new[] { ("I1", "\u01311"), ("S1", "\u017F1"), ("i1", "\u0130" + "1") })
        {
            var expected = string.Equals(key, query, StringComparison.OrdinalIgnoreCase) ? 0 : -1;
            Assert.Equal(expected, new CodeIndex(key).IndexOf(query));
        }
    }

    [Fact]
    public void Null_keys_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new CodeIndex((string[])null!));
        Assert.Throws<ArgumentException>(() => new CodeIndex("A", null!));
    }

    /// <summary>Keys drawn from a small alphabet of mixed-case ASCII, non-ASCII letters and case oddities, so that keys collide often.</summary>
    private static readonly Gen<string> Key = Gen.Char["aAbBzZ019_-éÉıIſsSKk\u212Aß한\uD801\uDC00\uDC28 "].Array[0, 6].Select(characters => new string(characters));

    [Fact]
    public void Agrees_with_a_dictionary_ignoring_case_on_random_keys_and_queries()
    {
        Gen.Select(Key.Array[0, 40], Key.Array[0, 40]).Sample((keys, queries) =>
        {
            var expected = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var position = 0; position < keys.Length; position++)
            {
                expected.TryAdd(keys[position], position);
            }

            var index = new CodeIndex(keys);
            foreach (var query in queries.Concat(keys).Concat(keys.Select(key => key.ToUpperInvariant())).Concat(keys.Select(key => key.ToLowerInvariant())))
            {
                var want = expected.TryGetValue(query, out var position) ? position : -1;
                if (index.IndexOf(query) != want)
                {
                    return false;
                }
            }

            return true;
        }, iter: 2000);
    }

    [Fact]
    public void Agrees_with_a_dictionary_on_level_codes_at_scale()
    {
        var codes = Enumerable.Range(0, 1000).Select(number => "T" + (number / 10).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "L" + (number % 10 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var index = new CodeIndex(string.Join(" ", codes), ' ');

        for (var position = 0; position < codes.Length; position++)
        {
            Assert.Equal(position, index.IndexOf(codes[position].ToLowerInvariant()));
        }

        Gen.String.Sample(query => index.IndexOf(query) == Array.FindIndex(codes, code => string.Equals(code, query, StringComparison.OrdinalIgnoreCase)), iter: 2000);
    }

    [Fact]
    public void A_lookup_allocates_nothing()
    {
        var index = new CodeIndex("TPM1 TPM2 EM6", ' ');
        index.IndexOf("em6");
        index.IndexOf("zz");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var round = 0; round < 1000; round++)
        {
            found += index.IndexOf("em6") + index.IndexOf("zz");
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1000, found);
    }
}
