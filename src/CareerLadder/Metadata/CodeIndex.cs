using System;
using System.Runtime.CompilerServices;
using System.ComponentModel;

namespace CareerLadder.Metadata;

/// <summary>
/// A fixed set of keys (level codes, track ids) that finds a key's position ignoring case
/// (<see cref="StringComparison.OrdinalIgnoreCase"/>) without allocating. Generated catalogs build one from their codes;
/// the lookup code is this class, compiled once in the runtime library, whatever the number of codes.
/// This API is for use by the output of the CareerLadder source generator and should not be called directly.
/// </summary>
/// <remarks>
/// An open-addressing hash table with linear probing, at most half full: a case-folding hash of the key picks a slot,
/// the stored hash rejects most other keys, and one <see cref="string.Equals(string, string, StringComparison)"/>
/// confirms the match. When two keys are equal ignoring case, the first one wins.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CodeIndex
{
    /// <summary>What every character of the BMP outside ASCII that does not upper-case to ASCII contributes to the hash.</summary>
    private const uint NonAscii = 0x80;

    private readonly string[] _keys;
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>Indexes <paramref name="keys"/>; a key's position in the array is what <see cref="IndexOf"/> returns.</summary>
    /// <param name="keys">The keys; none may be null.</param>
    public CodeIndex(params string[] keys)
    {
        _keys = (string[])(keys ?? throw new ArgumentNullException(nameof(keys))).Clone();
        var bits = 1;
        while ((1 << bits) < _keys.Length * 2)
        {
            bits++;
        }

        _slots = new Slot[1 << bits];
        _mask = (1 << bits) - 1;
        _shift = 32 - bits;
        for (var position = 0; position < _keys.Length; position++)
        {
            var key = _keys[position] ?? throw NullKey(position);
            Insert(Hash(key), position);
        }
    }

    /// <summary>Indexes the keys of <paramref name="keys"/> separated by <paramref name="separator"/>; an empty text holds no key.</summary>
    /// <param name="keys">The keys, for example <c>"TPM1 TPM2 TPM3"</c>.</param>
    /// <param name="separator">The character between two keys, for example a space.</param>
    public CodeIndex(string keys, char separator)
        : this((keys ?? throw new ArgumentNullException(nameof(keys))).Length == 0 ? Array.Empty<string>() : keys.Split(separator))
    {
    }

    /// <summary>The number of keys, repeats included.</summary>
    public int Count => _keys.Length;

    /// <summary>Returns the key at <paramref name="position"/>.</summary>
    /// <param name="position">The key's position, from 0 to <see cref="Count"/> - 1.</param>
    public string this[int position] => _keys[position];

    /// <summary>
    /// Returns the position of the first key equal to <paramref name="key"/> ignoring case (ordinal), or -1 when there is
    /// none or <paramref name="key"/> is null. Allocates nothing.
    /// </summary>
    /// <param name="key">The key to find.</param>
    public int IndexOf(string? key)
    {
        if (key is null)
        {
            return -1;
        }

        var hash = Hash(key);
        var slots = _slots;
        var slot = (int)(hash >> _shift);
        while (true)
        {
            var entry = slots[slot];
            if (entry.Key is null)
            {
                return -1;
            }

            if (entry.Hash == hash && EqualsIgnoreCase(entry.Key, key))
            {
                return entry.Position;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> equality, with a fast path for ASCII: equal characters, or ASCII
    /// letters that differ only in case; anything else goes to <see cref="string.Equals(string, string, StringComparison)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsIgnoreCase(string stored, string key)
    {
        if (stored.Length != key.Length)
        {
            return false;
        }

        for (var index = 0; index < key.Length; index++)
        {
            var left = (uint)stored[index];
            var right = (uint)key[index];
            if (left != right && ((left | right) >= 0x80 || (left | 0x20) != (right | 0x20) || (left | 0x20) - 'a' > 'z' - 'a'))
            {
                return (left | right) >= 0x80 && string.Equals(stored, key, StringComparison.OrdinalIgnoreCase);
            }
        }

        return true;
    }

    /// <summary>The exception for a null key, out of the constructor so that its first call compiles less.</summary>
    private static ArgumentException NullKey(int position) => new($"Key {position} is null.", "keys");

    /// <summary>Puts the key at <paramref name="position"/> in the first free slot of its probe sequence, unless an equal key is already there (the first one wins).</summary>
    private void Insert(uint hash, int position)
    {
        var key = _keys[position];
        var slot = (int)(hash >> _shift);
        while (_slots[slot].Key is { } stored)
        {
            if (_slots[slot].Hash == hash && EqualsIgnoreCase(stored, key))
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }

        _slots[slot] = new Slot(hash, position, key);
    }

    /// <summary>
    /// A hash that two strings equal ignoring case (ordinal) always share: ASCII letters are folded to lower case, other
    /// characters that upper-case to ASCII (<c>ı</c>, <c>ſ</c>) count as that letter, and every other character outside
    /// ASCII counts the same. Rotate-xor per character, then a Fibonacci multiply whose top bits pick the slot.
    /// </summary>
    /// <param name="key">The key.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(string key)
    {
        var hash = (uint)key.Length;
        foreach (var character in key)
        {
            var value = (uint)character;
            if (value >= 0x80)
            {
                value = FoldNonAscii(character);
            }

            hash = ((hash << 5) | (hash >> 27)) ^ (value | 0x20);
        }

        return hash * 0x9E3779B9u;
    }

    private static uint FoldNonAscii(char character)
    {
        var upper = (uint)char.ToUpperInvariant(character);
        return upper < 0x80 ? upper : NonAscii;
    }

    /// <summary>
    /// One slot of the table: the key's hash, position and text (null marks an empty slot). Fields, not properties: a
    /// fresh process compiles every property getter it calls (tier 0 does not inline), and the first lookup calls these.
    /// </summary>
    private readonly struct Slot
    {
        public readonly uint Hash;

        public readonly int Position;

        public readonly string? Key;

        public Slot(uint hash, int position, string key)
        {
            Hash = hash;
            Position = position;
            Key = key;
        }
    }
}
