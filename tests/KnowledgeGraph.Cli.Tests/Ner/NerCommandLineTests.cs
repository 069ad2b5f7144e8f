using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Cli.Tests.Ner;

/// <summary><c>kg train ner</c>, <c>kg tag</c> and <c>kg eval ner</c> run in-process on the invented files of <see cref="TinyConll"/>.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class NerCommandLineTests : IDisposable
{
    private static readonly string[] BilouPrefixes = ["B-", "I-", "L-", "U-"];

    private readonly TemporaryDirectory _directory = new();
    private readonly string _training;
    private readonly string _dev;
    private readonly string _wordsOnly;

    public NerCommandLineTests()
    {
        _training = Write("train.txt", TinyConll.Training);
        _dev = Write("dev.txt", TinyConll.Dev);
        _wordsOnly = Write("words.txt", TinyConll.DevWordsOnly);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Help_lists_the_ner_commands()
    {
        Assert.Contains("tag", ConsoleCapture.Run("--help").Output);
        foreach (var parent in new[] { "train", "eval" })
        {
            var (exit, output, _) = ConsoleCapture.Run(parent, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("ner", output);
        }
    }

    [Fact]
    public void Train_prints_a_line_per_member_and_epoch_and_what_it_kept()
    {
        var (exit, output, errors) = ConsoleCapture.Run(
            "train", "ner", "--train", _training, "--dev", _dev, "--output", _directory.File("m.kgner"), "--epochs", "3", "--members", "2");

        Assert.True(exit == 0, errors);
        var lines = output.Split('\n').Select(line => line.Trim()).ToList();
        Assert.Contains(lines, line => line.StartsWith("member", StringComparison.Ordinal) && line.Contains("dev F1", StringComparison.Ordinal));
        foreach (var member in new[] { "1", "2" })
        {
            foreach (var epoch in new[] { "1", "2", "3" })
            {
                Assert.Contains(lines, line => System.Text.RegularExpressions.Regex.IsMatch(line, $"^{member} +{epoch} +[0-9]"));
            }

            Assert.Contains(lines, line => line.StartsWith($"Member {member}: kept epoch", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(lines, line => line.StartsWith("Member 3", StringComparison.Ordinal));
        Assert.Contains("The model (mean of 2 members) on dev", output);
        Assert.Contains("features", output);
        Assert.True(new FileInfo(_directory.File("m.kgner")).Length > 0);
    }

    [Fact]
    public void Training_twice_with_the_same_seed_writes_byte_identical_models()
    {
        var first = Train("first.kgner", "--seed", "7");
        var second = Train("second.kgner", "--seed", "7");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Without_switches_the_feature_group_off_in_the_saved_model()
    {
        var model = Load(Train("ablated.kgner", "--without", "affixes", "--without", "document-case", "--with", "second-pass"));

        Assert.False(model.Options.Affixes);
        Assert.False(model.Options.DocumentCase);
        Assert.True(model.Options.SecondPass);
        Assert.True(model.Options.Gazetteers);
    }

    [Fact]
    public void An_unknown_feature_group_is_a_usage_error()
    {
        var (exit, _, errors) = ConsoleCapture.Run("train", "ner", "--train", _training, "--dev", _dev, "--output", _directory.File("m.kgner"), "--without", "spelling");

        Assert.Equal(1, exit);
        Assert.Contains("spelling", errors);
    }

    [Fact]
    public void Tag_adds_one_column_to_every_token_line_an_o_to_docstart_lines_and_keeps_blank_lines()
    {
        var model = Train("m.kgner");
        var (exit, output, errors) = ConsoleCapture.Run("tag", "--conll", _dev, "--model", model);

        Assert.True(exit == 0, errors);
        var input = Lines(TinyConll.Dev);
        var tagged = Lines(output);
        Assert.Equal(input.Count, tagged.Count);
        for (var i = 0; i < input.Count; i++)
        {
            if (input[i].Length == 0)
            {
                Assert.Equal(input[i], tagged[i]);
                continue;
            }

            if (input[i].StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Assert.Equal(input[i] + " O", tagged[i]);
                continue;
            }

            Assert.StartsWith(input[i] + " ", tagged[i], StringComparison.Ordinal);
            Assert.Equal(input[i].Split(' ').Length + 1, tagged[i].Split(' ').Length);
        }

        // conlleval takes the column count from the first line and refuses any other line that differs.
        Assert.Single(tagged.Where(line => line.Length > 0).Select(line => line.Split(' ').Length).Distinct());
    }

    [Fact]
    public void Tag_reads_files_with_only_the_word_column()
    {
        var model = Train("m.kgner");
        var (exit, output, errors) = ConsoleCapture.Run("tag", "--conll", _wordsOnly, "--model", model);

        Assert.True(exit == 0, errors);
        var tokens = Lines(output).Where(line => line.Length > 0 && !line.StartsWith("-DOCSTART-", StringComparison.Ordinal)).ToList();
        Assert.Equal(26, tokens.Count);
        Assert.All(tokens, line => Assert.Equal(2, line.Split(' ').Length));
        Assert.Contains(tokens, line => line.EndsWith("-PER", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_in_bilou_gives_only_bilou_tags()
    {
        var model = Train("m.kgner");
        var (exit, output, errors) = ConsoleCapture.Run("tag", "--conll", _dev, "--model", model, "--scheme", "bilou");

        Assert.True(exit == 0, errors);
        var predicted = Lines(output).Where(line => line.Length > 0 && !line.StartsWith("-DOCSTART-", StringComparison.Ordinal)).Select(line => line.Split(' ')[^1]).ToList();
        Assert.NotEmpty(predicted);
        Assert.All(predicted, tag => Assert.True(tag == "O" || BilouPrefixes.Any(p => tag.StartsWith(p, StringComparison.Ordinal)), tag));
        Assert.Contains(predicted, tag => tag.StartsWith("U-", StringComparison.Ordinal) || tag.StartsWith("L-", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_writes_the_output_file_and_leaves_no_temporary_file()
    {
        var model = Train("m.kgner");
        var output = _directory.File(Path.Combine("out", "tagged.txt"));
        var (exit, printed, errors) = ConsoleCapture.Run("tag", "--conll", _wordsOnly, "--model", model, "--output", output);

        Assert.True(exit == 0, errors);
        Assert.Equal(string.Empty, printed);
        Assert.Equal(Lines(TinyConll.DevWordsOnly).Count, Lines(File.ReadAllText(output)).Count);
        Assert.Equal(["tagged.txt"], Directory.GetFiles(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Tag_reads_standard_input_for_a_dash()
    {
        var model = Train("m.kgner");
        var originalIn = Console.In;
        Console.SetIn(new StringReader(TinyConll.DevWordsOnly));
        try
        {
            var (exit, output, errors) = ConsoleCapture.Run("tag", "--conll", "-", "--model", model);

            Assert.True(exit == 0, errors);
            Assert.Equal(Lines(TinyConll.DevWordsOnly).Count, Lines(output).Count);
        }
        finally
        {
            Console.SetIn(originalIn);
        }
    }

    [Fact]
    public void Tag_with_the_model_built_into_kg_adds_a_column()
    {
        var (exit, output, errors) = ConsoleCapture.Run("tag", "--conll", _wordsOnly);

        Assert.True(exit == 0, errors);
        var tokens = Lines(output).Where(line => line.Length > 0 && !line.StartsWith("-DOCSTART-", StringComparison.Ordinal)).ToList();
        Assert.Equal(26, tokens.Count);
        Assert.All(tokens, line => Assert.Equal(2, line.Split(' ').Length));
    }

    [Fact]
    public void Eval_prints_conlleval_scores_and_the_speed()
    {
        var model = Train("m.kgner");
        var (exit, output, errors) = ConsoleCapture.Run("eval", "ner", "--conll", _dev, "--model", model);

        Assert.True(exit == 0, errors);
        Assert.Contains("processed 26 tokens with 9 phrases", output);
        Assert.Matches(@"accuracy: +[\d.]+%; precision: +[\d.]+%; recall: +[\d.]+%; FB1: +[\d.]+", output);
        Assert.Matches(@"PER: precision: +[\d.]+%; recall: +[\d.]+%; FB1: +[\d.]+", output);
        Assert.Contains("tokens/s", output);
    }

    [Fact]
    public void Eval_of_a_file_without_tags_exits_with_input_problem()
    {
        var model = Train("m.kgner");
        var (exit, _, errors) = ConsoleCapture.Run("eval", "ner", "--conll", _wordsOnly, "--model", model);

        Assert.Equal(2, exit);
        Assert.Contains("words.txt", errors);
        Assert.Contains("no tag column", errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-DOCSTART- -X- O\n\n\n-DOCSTART- -X- O\n")]
    public void Eval_of_a_file_without_sentences_exits_with_input_problem(string text)
    {
        var empty = Write("empty.txt", text);
        var (exit, output, errors) = ConsoleCapture.Run("eval", "ner", "--conll", empty);

        Assert.Equal(2, exit);
        Assert.Contains("empty.txt", errors);
        Assert.Contains("holds no sentences", errors);
        Assert.DoesNotContain("FB1", output);
    }

    [Fact]
    public void Tag_of_a_file_without_sentences_writes_its_lines_back_and_succeeds_like_any_filter()
    {
        var (exit, output, errors) = ConsoleCapture.Run("tag", "--conll", Write("empty.txt", ""));
        Assert.True(exit == 0, errors);
        Assert.Equal(string.Empty, output);

        (exit, output, errors) = ConsoleCapture.Run("tag", "--conll", Write("docstart.txt", "-DOCSTART-\n\n"));
        Assert.True(exit == 0, errors);
        Assert.Equal("-DOCSTART- O\n\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Train_on_a_file_without_tags_exits_with_input_problem()
    {
        var (exit, _, errors) = ConsoleCapture.Run("train", "ner", "--train", _wordsOnly, "--dev", _dev, "--output", _directory.File("m.kgner"));

        Assert.Equal(2, exit);
        Assert.Contains("words.txt", errors);
        Assert.False(File.Exists(_directory.File("m.kgner")));
    }

    [Theory]
    [InlineData("train", "ner", "--train", "{missing}", "--dev", "{dev}", "--output", "{out}")]
    [InlineData("train", "ner", "--train", "{train}", "--dev", "{missing}", "--output", "{out}")]
    [InlineData("tag", "--conll", "{missing}")]
    [InlineData("tag", "--conll", "{dev}", "--model", "{missing}")]
    [InlineData("eval", "ner", "--conll", "{missing}")]
    [InlineData("eval", "ner", "--conll", "{dev}", "--model", "{missing}")]
    public void A_missing_file_is_named_and_exits_with_input_problem(params string[] arguments)
    {
        var (exit, _, errors) = ConsoleCapture.Run(Fill(arguments));

        Assert.Equal(2, exit);
        Assert.Contains("absent.txt", errors);
        Assert.Contains("does not exist", errors);
        Assert.False(File.Exists(_directory.File("m.kgner")));
    }

    [Fact]
    public void A_file_that_is_not_a_model_exits_with_input_problem()
    {
        var notAModel = Write("notes.kgner", "This is a shopping list, not a model.\n");
        var (exit, _, errors) = ConsoleCapture.Run("tag", "--conll", _dev, "--model", notAModel);

        Assert.Equal(2, exit);
        Assert.Contains("notes.kgner", errors);
        Assert.Contains("not a KnowledgeGraph tagger model", errors);
        Assert.DoesNotContain("compression method", errors);
    }

    [Fact]
    public void A_truncated_model_exits_with_input_problem()
    {
        var bytes = File.ReadAllBytes(Train("m.kgner"));
        var truncated = _directory.File("truncated.kgner");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        var (exit, _, errors) = ConsoleCapture.Run("eval", "ner", "--conll", _dev, "--model", truncated);

        Assert.Equal(2, exit);
        Assert.Contains("truncated.kgner", errors);
    }

    [Fact]
    public void Training_into_an_output_that_cannot_be_written_exits_with_output_problem()
    {
        Write("blocker", "a file where a folder should be");
        var output = _directory.File(Path.Combine("blocker", "m.kgner"));
        var (exit, _, errors) = ConsoleCapture.Run("train", "ner", "--train", _training, "--dev", _dev, "--output", output, "--epochs", "1");

        Assert.Equal(3, exit);
        Assert.Contains("m.kgner", errors);
    }

    [Fact]
    public void Tagging_into_a_folder_exits_with_output_problem_and_keeps_the_folder()
    {
        var model = Train("m.kgner");
        var folder = _directory.File("existing");
        Directory.CreateDirectory(folder);
        var (exit, _, errors) = ConsoleCapture.Run("tag", "--conll", _dev, "--model", model, "--output", folder);

        Assert.Equal(3, exit);
        Assert.Contains("existing", errors);
        Assert.True(Directory.Exists(folder));
    }

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();

    private static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return NerModelFile.Load(stream);
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(_directory.File(name), text);
        return _directory.File(name);
    }

    private string Train(string name, params string[] options)
    {
        var output = _directory.File(name);
        var (exit, _, errors) = ConsoleCapture.Run(["train", "ner", "--train", _training, "--dev", _dev, "--output", output, "--epochs", "3", .. options]);
        Assert.True(exit == 0, errors);
        return output;
    }

    private string[] Fill(string[] arguments) => arguments.Select(argument => argument switch
    {
        "{missing}" => _directory.File("absent.txt"),
        "{train}" => _training,
        "{dev}" => _dev,
        "{out}" => _directory.File("m.kgner"),
        _ => argument,
    }).ToArray();
}
