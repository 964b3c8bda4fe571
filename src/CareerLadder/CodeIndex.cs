using System;

namespace CareerLadder;

/// <summary>
/// A fixed set of keys (level codes, track ids) that finds a key's position ignoring case
/// (<see cref="StringComparison.OrdinalIgnoreCase"/>) without allocating. Generated catalogs build one from their codes;
/// the lookup code is this class, compiled once in the runtime library, whatever the number of codes.
/// </summary>
/// <remarks>
/// An open-addressing hash table with linear probing, at most half full: a case-folding hash of the key picks a slot,
/// the stored hash rejects most other keys, and one <see cref="string.Equals(string, string, StringComparison)"/>
/// confirms the match. When two keys are equal ignoring case, the first one wins.
/// </remarks>
public sealed class CodeIndex
{
    /// <summary>What every character of the BMP outside ASCII that does not upper-case to ASCII contributes to the hash.</summary>
    private const uint NonAscii = 0x80;

    private readonly string[] _keys;
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Indexes <paramref name="keys"/>; a key's position in the array is what <see cref="IndexOf"/> returns.</summary>
    /// <param name="keys">The keys; none may be null.</param>
    public CodeIndex(params string[] keys)
    {
        _keys = (string[])(keys ?? throw new ArgumentNullException(nameof(keys))).Clone();
        var size = 2;
        while (size < _keys.Length * 2)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        for (var position = 0; position < _keys.Length; position++)
        {
            var key = _keys[position] ?? throw new ArgumentException($"Key {position} is null.", nameof(keys));
            if (IndexOf(key) < 0)
            {
                Insert(Hash(key), position);
            }
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
        var slot = (int)hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry.PositionPlusOne == 0)
            {
                return -1;
            }

            if (entry.Hash == hash && string.Equals(_keys[entry.PositionPlusOne - 1], key, StringComparison.OrdinalIgnoreCase))
            {
                return entry.PositionPlusOne - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private void Insert(uint hash, int position)
    {
        var slot = (int)hash & _mask;
        while (_slots[slot].PositionPlusOne != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[slot] = new Slot(hash, position + 1);
    }

    /// <summary>
    /// A hash that two strings equal ignoring case (ordinal) always share: ASCII letters are folded to lower case, other
    /// characters that upper-case to ASCII (<c>ı</c>, <c>ſ</c>) count as that letter, and every other character outside
    /// ASCII counts the same. Rotate-xor per character, then a murmur finalizer to spread the bits over the table.
    /// </summary>
    /// <param name="key">The key.</param>
    internal static uint Hash(string key)
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

        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return hash;
    }

    private static uint FoldNonAscii(char character)
    {
        var upper = (uint)char.ToUpperInvariant(character);
        return upper < 0x80 ? upper : NonAscii;
    }

    /// <summary>One slot of the table: the key's hash and its position + 1 (0 marks an empty slot).</summary>
    private readonly struct Slot
    {
        public Slot(uint hash, int positionPlusOne)
        {
            Hash = hash;
            PositionPlusOne = positionPlusOne;
        }

        public uint Hash { get; }

        public int PositionPlusOne { get; }
    }
}
