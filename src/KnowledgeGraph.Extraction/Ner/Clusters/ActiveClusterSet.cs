using System.Numerics;

namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>
/// The active clusters of Liang's windowed Brown clustering, the bigram counts between them, and the cost of merging
/// every pair of them, kept current as words are added and pairs are merged.
/// </summary>
/// <remarks>
/// <para>
/// The quality of a clustering is I = Σ n(x,y)·ln(n(x,y)·N / (l(x)·r(y))) over active clusters x and y, where n
/// counts bigrams between words that are both active, l and r count every bigram a cluster's words open and close,
/// and N is the number of bigrams. A word not yet added takes part only through the marginals of its neighbours,
/// which is Liang's approximation; once every word is in, I is exactly N times the average mutual information of
/// the class bigram model.
/// </para>
/// <para>
/// With f(n) = n·ln n, merging a and b costs (I before minus I after)
/// L(a,b) = Σ over y ≠ a,b of [f(n(a,y)) + f(n(b,y)) − f(n(a,y) + n(b,y))], the same over x for n(x,a) and n(x,b),
/// plus f of the four cells between a and b minus f of their sum, plus the marginal terms
/// (R(a)+R(b))·ln(l(a)+l(b)) − R(a)·ln l(a) − R(b)·ln l(b) with R the row sums among active clusters, and their
/// mirror for columns. A bracket is zero unless a and b share the context y, so a cost is computed fresh from the
/// intersection of two rows of context bits.
/// </para>
/// <para>
/// Merging i and j into k changes the cost of another pair (a,b) only through the contexts i, j and k:
/// Δ = u(a) + u(b) + f(aᵢ + bᵢ) + f(aⱼ + bⱼ) − f(aᵢ + aⱼ + bᵢ + bⱼ), with aᵢ = n(a,i) and
/// u(a) = f(aᵢ + aⱼ) − f(aᵢ) − f(aⱼ), and the same again with n(i,a). Δ is zero unless a or b meets i and a or b
/// meets j, so absorbing a rare word touches a few rows instead of all C² pairs. Adding a word w likewise only moves
/// the pairs where a or b meets w. A step therefore costs one fresh row of C costs, the sparse shifts, and a
/// vectorised scan for the cheapest pair.
/// </para>
/// <para>
/// Determinism: every cell is written by one loop iteration with a fixed sequence of operations, so running the
/// loops on any number of threads gives identical bits; exact ties are broken by word frequency ranks.
/// </para>
/// </remarks>
internal sealed class ActiveClusterSet
{
    // Below roughly this many cell updates a loop stays on one thread: handing out the work costs more than it saves.
    private const long ParallelWork = 1 << 15;

    private readonly BigramCorpus _corpus;
    private readonly CountLogTable _table;
    private readonly int _capacity;

    // _forward[a * _capacity + b] counts bigrams (a, b); _backward is its transpose, so that both what follows a
    // cluster and what precedes it are contiguous rows.
    private readonly int[] _forward;
    private readonly int[] _backward;

    // One bit per nonzero cell of the two count matrices, so shared contexts are found 64 at a time.
    private readonly int _bitWords;
    private readonly ulong[] _forwardBits;
    private readonly ulong[] _backwardBits;

    // _loss[a * _capacity + b], a < b: the cost of merging a and b, in count units.
    private readonly double[] _loss;

    // Per slot: bigrams to and from active clusters, all bigrams its words open and close, its most frequent word.
    private readonly long[] _rowSum;
    private readonly long[] _columnSum;
    private readonly long[] _leftCount;
    private readonly long[] _rightCount;
    private readonly int[] _firstRank;

    // A cluster is named by a representative word, stable while slots are reshuffled; -1 for words not yet added.
    private readonly int[] _representativeOfSlot;
    private readonly int[] _slotOfRepresentative;
    private readonly int[] _representativeOfWord;
    private readonly List<int>?[] _wordsOfRepresentative;

    // Scratch space, reused every step.
    private readonly double[] _rowMinimum;
    private readonly double[] _jointGain;
    private readonly int[] _others;
    private readonly int[] _meetI;
    private readonly int[] _meetJ;
    private readonly int[] _meetBoth;
    private readonly int[] _neighbors;
    private readonly bool[] _isNeighbor;

    public ActiveClusterSet(BigramCorpus corpus, int capacity)
    {
        _corpus = corpus;
        _table = new CountLogTable(corpus.BigramCount);
        _capacity = capacity;
        _bitWords = (capacity + 63) >> 6;

        var cells = checked(capacity * capacity);
        _forward = new int[cells];
        _backward = new int[cells];
        _loss = new double[cells];
        _forwardBits = new ulong[capacity * _bitWords];
        _backwardBits = new ulong[capacity * _bitWords];

        _rowSum = new long[capacity];
        _columnSum = new long[capacity];
        _leftCount = new long[capacity];
        _rightCount = new long[capacity];
        _firstRank = new int[capacity];
        _representativeOfSlot = new int[capacity];
        _slotOfRepresentative = new int[corpus.WordCount];
        _representativeOfWord = new int[corpus.WordCount];
        Array.Fill(_representativeOfWord, -1);
        _wordsOfRepresentative = new List<int>?[corpus.WordCount];

        _rowMinimum = new double[capacity];
        _jointGain = new double[capacity];
        _others = new int[capacity];
        _meetI = new int[capacity];
        _meetJ = new int[capacity];
        _meetBoth = new int[capacity];
        _neighbors = new int[capacity];
        _isNeighbor = new bool[capacity];
    }

    /// <summary>The number of active clusters.</summary>
    public int Count { get; private set; }

    /// <summary>The representative words of the active clusters.</summary>
    public IReadOnlyList<int> Representatives => _representativeOfSlot.AsSpan(0, Count).ToArray();

    /// <summary>The words of the active cluster named by <paramref name="representative"/>.</summary>
    public IReadOnlyList<int> WordsOf(int representative) =>
        _wordsOfRepresentative[representative] ?? throw new ArgumentException($"No active cluster is named by word {representative}.", nameof(representative));

    /// <summary>Adds <paramref name="word"/> as a cluster of its own.</summary>
    public void Add(int word)
    {
        if (Count == _capacity)
        {
            throw new InvalidOperationException("The active set is full; merge a pair first.");
        }

        if (_representativeOfWord[word] >= 0)
        {
            throw new InvalidOperationException($"Word {word} is already active.");
        }

        var s = Count;
        var cap = _capacity;
        _representativeOfWord[word] = word;
        _wordsOfRepresentative[word] = [word];
        _representativeOfSlot[s] = word;
        _slotOfRepresentative[word] = s;
        _firstRank[s] = word;
        _leftCount[s] = _corpus.LeftCounts[word];
        _rightCount[s] = _corpus.RightCounts[word];

        var followers = _corpus.FollowersOf(word);
        var followerCounts = _corpus.FollowerCountsOf(word);
        for (var e = 0; e < followers.Length; e++)
        {
            var representative = _representativeOfWord[followers[e]];
            if (representative >= 0)
            {
                var t = _slotOfRepresentative[representative];
                _forward[s * cap + t] += followerCounts[e];
                _backward[t * cap + s] += followerCounts[e];
            }
        }

        var preceders = _corpus.PrecedersOf(word);
        var precederCounts = _corpus.PrecederCountsOf(word);
        for (var e = 0; e < preceders.Length; e++)
        {
            // The pair (word, word) was counted with the followers.
            var representative = preceders[e] == word ? -1 : _representativeOfWord[preceders[e]];
            if (representative >= 0)
            {
                var t = _slotOfRepresentative[representative];
                _forward[t * cap + s] += precederCounts[e];
                _backward[s * cap + t] += precederCounts[e];
            }
        }

        var fromNew = _forward.AsSpan(s * cap, s + 1);
        var toNew = _backward.AsSpan(s * cap, s + 1);
        long rowSum = 0;
        long columnSum = 0;
        var neighborCount = 0;
        for (var t = 0; t <= s; t++)
        {
            if (fromNew[t] > 0)
            {
                SetBit(_forwardBits, s, t);
                SetBit(_backwardBits, t, s);
                rowSum += fromNew[t];
            }

            if (toNew[t] > 0)
            {
                SetBit(_forwardBits, t, s);
                SetBit(_backwardBits, s, t);
                columnSum += toNew[t];
            }

            if (t < s && (fromNew[t] > 0 || toNew[t] > 0))
            {
                _neighbors[neighborCount++] = t;
                _isNeighbor[t] = true;
            }
        }

        ShiftLossesForNewCluster(s, neighborCount);

        for (var k = 0; k < neighborCount; k++)
        {
            var t = _neighbors[k];
            _rowSum[t] += toNew[t];
            _columnSum[t] += fromNew[t];
            _isNeighbor[t] = false;
        }

        _rowSum[s] = rowSum;
        _columnSum[s] = columnSum;
        Count = s + 1;
        RefreshLossesOf(s);
    }

    /// <summary>Merges the pair of active clusters whose merge loses the least mutual information.</summary>
    public ClusterMerge MergeCheapestPair()
    {
        if (Count < 2)
        {
            throw new InvalidOperationException("Fewer than two clusters are active.");
        }

        var (i, j) = FindCheapestPair();

        // What follows a is n(a, i): column i of _forward, row i of _backward. What precedes it is row i of _forward.
        ShiftLossesForMerge(_backward, i, j);
        ShiftLossesForMerge(_forward, i, j);

        AddSlotInto(_forward, j, i);
        AddSlotInto(_backward, j, i);
        RebuildBitsOfMerged(i, j);
        _rowSum[i] += _rowSum[j];
        _columnSum[i] += _columnSum[j];
        _leftCount[i] += _leftCount[j];
        _rightCount[i] += _rightCount[j];
        _firstRank[i] = Math.Min(_firstRank[i], _firstRank[j]);
        var merge = JoinWords(i, j);

        // Keep the active slots contiguous, so every loop runs over 0..Count without holes.
        var last = Count - 1;
        if (j != last)
        {
            MoveSlot(last, j);
        }

        Count = last;
        RefreshLossesOf(i);
        return merge;
    }

    private (int First, int Second) FindCheapestPair()
    {
        var m = Count;
        var cap = _capacity;
        Run(m - 1, (long)m * m / 8, a => _rowMinimum[a] = Minimum(_loss.AsSpan(a * cap + a + 1, m - a - 1)));

        var cheapest = double.PositiveInfinity;
        for (var a = 0; a < m - 1; a++)
        {
            cheapest = Math.Min(cheapest, _rowMinimum[a]);
        }

        // Among pairs of exactly equal cost, the one with the most frequent words: a rule that does not depend on
        // which slots the clusters happen to occupy.
        var bestKey = long.MaxValue;
        (int, int) best = (-1, -1);
        for (var a = 0; a < m - 1; a++)
        {
            if (_rowMinimum[a] != cheapest)
            {
                continue;
            }

            var row = _loss.AsSpan(a * cap, m);
            for (var b = a + 1; b < m; b++)
            {
                if (row[b] == cheapest)
                {
                    var low = Math.Min(_firstRank[a], _firstRank[b]);
                    var high = Math.Max(_firstRank[a], _firstRank[b]);
                    var key = ((long)low << 32) | (uint)high;
                    if (key < bestKey)
                    {
                        bestKey = key;
                        best = (a, b);
                    }
                }
            }
        }

        return best.Item1 >= 0 ? best : throw new InvalidOperationException("A merge cost is not a number.");
    }

    private static double Minimum(ReadOnlySpan<double> values)
    {
        var minimum = double.PositiveInfinity;
        var k = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<double>.Count)
        {
            var lanes = new Vector<double>(double.PositiveInfinity);
            for (; k <= values.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                lanes = Vector.Min(lanes, new Vector<double>(values[k..]));
            }

            for (var lane = 0; lane < Vector<double>.Count; lane++)
            {
                minimum = Math.Min(minimum, lanes[lane]);
            }
        }

        for (; k < values.Length; k++)
        {
            minimum = Math.Min(minimum, values[k]);
        }

        return minimum;
    }

    /// <summary>The cost of merging a and b, from the counts alone.</summary>
    private double FreshLoss(int a, int b)
    {
        var cap = _capacity;
        var t = _table;
        int aa = _forward[a * cap + a], ab = _forward[a * cap + b], ba = _forward[b * cap + a], bb = _forward[b * cap + b];
        var loss = t.XLogX(aa) + t.XLogX(ab) + t.XLogX(ba) + t.XLogX(bb) - t.XLogX(aa + ab + ba + bb);
        loss += SharedContexts(_forward, _forwardBits, a, b);
        loss += SharedContexts(_backward, _backwardBits, a, b);
        loss += MarginalTerm(_rowSum[a], _leftCount[a], _rowSum[b], _leftCount[b]);
        loss += MarginalTerm(_columnSum[a], _rightCount[a], _columnSum[b], _rightCount[b]);
        return loss;
    }

    private double SharedContexts(int[] counts, ulong[] bits, int a, int b)
    {
        var cap = _capacity;
        var t = _table;
        var words = (Count + 63) >> 6;
        var bitsA = bits.AsSpan(a * _bitWords, words);
        var bitsB = bits.AsSpan(b * _bitWords, words);
        var rowA = counts.AsSpan(a * cap, cap);
        var rowB = counts.AsSpan(b * cap, cap);
        var sum = 0.0;
        for (var w = 0; w < words; w++)
        {
            var shared = bitsA[w] & bitsB[w];
            while (shared != 0)
            {
                var y = (w << 6) + BitOperations.TrailingZeroCount(shared);
                shared &= shared - 1;
                if (y != a && y != b)
                {
                    int x = rowA[y], z = rowB[y];
                    sum += t.XLogX(x) + t.XLogX(z) - t.XLogX(x + z);
                }
            }
        }

        return sum;
    }

    private double MarginalTerm(long activeA, long allA, long activeB, long allB) =>
        (activeA + activeB) * _table.Log(allA + allB) - activeA * _table.Log(allA) - activeB * _table.Log(allB);

    private void RefreshLossesOf(int k)
    {
        var m = Count;
        var cap = _capacity;
        Run(m, (long)m * 64, c =>
        {
            if (c != k)
            {
                _loss[Math.Min(k, c) * cap + Math.Max(k, c)] = FreshLoss(k, c);
            }
        });
    }

    /// <summary>
    /// Shifts the cost of every pair of older clusters for the new cluster in slot <paramref name="s"/>: the context
    /// s appears for both, and their sums over active clusters grow.
    /// </summary>
    private void ShiftLossesForNewCluster(int s, int neighborCount)
    {
        var cap = _capacity;
        var t = _table;
        Run(neighborCount, (long)neighborCount * s, index =>
        {
            var a = _neighbors[index];
            var fromNew = _forward.AsSpan(s * cap, s);
            var toNew = _backward.AsSpan(s * cap, s);
            int aTo = toNew[a], aFrom = fromNew[a];
            long leftA = _leftCount[a], rightA = _rightCount[a];
            for (var b = 0; b < s; b++)
            {
                // A pair of two neighbours is shifted once, from the first of them.
                if (b == a || (_isNeighbor[b] && b < a))
                {
                    continue;
                }

                int bTo = toNew[b], bFrom = fromNew[b];
                long leftB = _leftCount[b], rightB = _rightCount[b];
                var shift = t.XLogX(aTo) + t.XLogX(bTo) - t.XLogX(aTo + bTo)
                    + t.XLogX(aFrom) + t.XLogX(bFrom) - t.XLogX(aFrom + bFrom)
                    + (aTo + bTo) * t.Log(leftA + leftB) - aTo * t.Log(leftA) - bTo * t.Log(leftB)
                    + (aFrom + bFrom) * t.Log(rightA + rightB) - aFrom * t.Log(rightA) - bFrom * t.Log(rightB);
                _loss[Math.Min(a, b) * cap + Math.Max(a, b)] += shift;
            }
        });
    }

    /// <summary>
    /// Shifts the cost of every pair outside {i, j} for i and j becoming one context, in one direction:
    /// <paramref name="counts"/> rows i and j hold how often each cluster meets i and j that way.
    /// </summary>
    private void ShiftLossesForMerge(int[] counts, int i, int j)
    {
        var m = Count;
        var cap = _capacity;
        var t = _table;
        var timesMeetingI = counts.AsSpan(i * cap, m);
        var timesMeetingJ = counts.AsSpan(j * cap, m);
        int others = 0, withI = 0, withJ = 0, withBoth = 0;
        for (var a = 0; a < m; a++)
        {
            if (a == i || a == j)
            {
                continue;
            }

            _others[others++] = a;
            int ai = timesMeetingI[a], aj = timesMeetingJ[a];
            if (ai > 0)
            {
                _meetI[withI++] = a;
            }

            if (aj > 0)
            {
                _meetJ[withJ++] = a;
            }

            if (ai > 0 && aj > 0)
            {
                _meetBoth[withBoth++] = a;
            }

            _jointGain[a] = t.XLogX(ai + aj) - t.XLogX(ai) - t.XLogX(aj);
        }

        if (withI == 0 || withJ == 0)
        {
            return;
        }

        Run(others, (long)withBoth * others + (long)withI * withJ, index =>
        {
            var a = _others[index];
            var meetsI = counts.AsSpan(i * cap, m);
            var meetsJ = counts.AsSpan(j * cap, m);
            int ai = meetsI[a], aj = meetsJ[a];

            // The pairs whose shift is not zero: (a or b meets i) and (a or b meets j).
            ReadOnlySpan<int> partners = (ai > 0, aj > 0) switch
            {
                (true, true) => _others.AsSpan(0, others),
                (true, false) => _meetJ.AsSpan(0, withJ),
                (false, true) => _meetI.AsSpan(0, withI),
                _ => _meetBoth.AsSpan(0, withBoth),
            };

            // Only partners after a, so each pair is shifted once, from its first row.
            var first = partners.BinarySearch(a + 1);
            partners = partners[(first >= 0 ? first : ~first)..];
            var row = _loss.AsSpan(a * cap, m);
            var gainA = _jointGain[a];
            foreach (var b in partners)
            {
                int x = ai + meetsI[b], y = aj + meetsJ[b];
                row[b] += gainA + _jointGain[b] + t.XLogX(x) + t.XLogX(y) - t.XLogX(x + y);
            }
        });
    }

    /// <summary>Adds row and column <paramref name="from"/> into <paramref name="into"/> and empties them.</summary>
    private void AddSlotInto(int[] counts, int from, int into)
    {
        var m = Count;
        var cap = _capacity;
        for (var y = 0; y < m; y++)
        {
            counts[into * cap + y] += counts[from * cap + y];
        }

        // Includes the corner: (into, into) gains (into, from), which already holds (from, from) from the row step.
        for (var x = 0; x < m; x++)
        {
            counts[x * cap + into] += counts[x * cap + from];
        }

        for (var y = 0; y < m; y++)
        {
            counts[from * cap + y] = 0;
        }

        for (var x = 0; x < m; x++)
        {
            counts[x * cap + from] = 0;
        }
    }

    private void RebuildBitsOfMerged(int into, int from)
    {
        var m = Count;
        var cap = _capacity;
        for (var x = 0; x < m; x++)
        {
            SetBitTo(_forwardBits, x, into, _forward[x * cap + into] != 0);
            SetBitTo(_forwardBits, x, from, false);
            SetBitTo(_backwardBits, x, into, _backward[x * cap + into] != 0);
            SetBitTo(_backwardBits, x, from, false);
        }

        _forwardBits.AsSpan(into * _bitWords, _bitWords).Clear();
        _backwardBits.AsSpan(into * _bitWords, _bitWords).Clear();
        _forwardBits.AsSpan(from * _bitWords, _bitWords).Clear();
        _backwardBits.AsSpan(from * _bitWords, _bitWords).Clear();
        for (var y = 0; y < m; y++)
        {
            if (_forward[into * cap + y] != 0)
            {
                SetBit(_forwardBits, into, y);
            }

            if (_backward[into * cap + y] != 0)
            {
                SetBit(_backwardBits, into, y);
            }
        }
    }

    /// <summary>Moves the cluster in slot <paramref name="from"/> to the empty slot <paramref name="to"/>.</summary>
    private void MoveSlot(int from, int to)
    {
        var m = Count;
        var cap = _capacity;
        MoveCells(_forward, from, to);
        MoveCells(_backward, from, to);
        MoveBits(_forwardBits, from, to);
        MoveBits(_backwardBits, from, to);

        for (var x = 0; x < m; x++)
        {
            if (x != from && x != to)
            {
                _loss[Math.Min(x, to) * cap + Math.Max(x, to)] = _loss[Math.Min(x, from) * cap + Math.Max(x, from)];
            }
        }

        _rowSum[to] = _rowSum[from];
        _columnSum[to] = _columnSum[from];
        _leftCount[to] = _leftCount[from];
        _rightCount[to] = _rightCount[from];
        _firstRank[to] = _firstRank[from];
        _representativeOfSlot[to] = _representativeOfSlot[from];
        _slotOfRepresentative[_representativeOfSlot[to]] = to;
    }

    private void MoveCells(int[] counts, int from, int to)
    {
        var m = Count;
        var cap = _capacity;
        for (var y = 0; y < m; y++)
        {
            counts[to * cap + y] = counts[from * cap + y];
        }

        // Includes the corner: (to, to) takes (to, from), which the row step just set to (from, from).
        for (var x = 0; x < m; x++)
        {
            counts[x * cap + to] = counts[x * cap + from];
        }

        for (var y = 0; y < m; y++)
        {
            counts[from * cap + y] = 0;
        }

        for (var x = 0; x < m; x++)
        {
            counts[x * cap + from] = 0;
        }
    }

    private void MoveBits(ulong[] bits, int from, int to)
    {
        var m = Count;
        bits.AsSpan(from * _bitWords, _bitWords).CopyTo(bits.AsSpan(to * _bitWords, _bitWords));
        for (var x = 0; x < m; x++)
        {
            SetBitTo(bits, x, to, IsSet(bits, x, from));
            SetBitTo(bits, x, from, false);
        }

        bits.AsSpan(from * _bitWords, _bitWords).Clear();
    }

    private ClusterMerge JoinWords(int into, int from)
    {
        int first = _representativeOfSlot[into], second = _representativeOfSlot[from];
        var firstWords = _wordsOfRepresentative[first]!;
        var secondWords = _wordsOfRepresentative[second]!;

        // The larger list keeps its name, so each word is renamed O(log V) times over the whole run.
        var (survivor, absorbed) = firstWords.Count >= secondWords.Count ? (first, second) : (second, first);
        var absorbedWords = _wordsOfRepresentative[absorbed]!;
        foreach (var word in absorbedWords)
        {
            _representativeOfWord[word] = survivor;
        }

        _wordsOfRepresentative[survivor]!.AddRange(absorbedWords);
        _wordsOfRepresentative[absorbed] = null;
        _representativeOfSlot[into] = survivor;
        _slotOfRepresentative[survivor] = into;
        return new ClusterMerge(survivor, absorbed);
    }

    private void SetBit(ulong[] bits, int row, int column) => bits[row * _bitWords + (column >> 6)] |= 1UL << column;

    private void SetBitTo(ulong[] bits, int row, int column, bool value)
    {
        ref var word = ref bits[row * _bitWords + (column >> 6)];
        word = value ? word | (1UL << column) : word & ~(1UL << column);
    }

    private bool IsSet(ulong[] bits, int row, int column) => (bits[row * _bitWords + (column >> 6)] & (1UL << column)) != 0;

    /// <summary>Runs <paramref name="body"/> for 0..count, on several threads when <paramref name="work"/> is large.</summary>
    private static void Run(int count, long work, Action<int> body)
    {
        if (work < ParallelWork)
        {
            for (var index = 0; index < count; index++)
            {
                body(index);
            }
        }
        else
        {
            Parallel.For(0, count, body);
        }
    }
}
