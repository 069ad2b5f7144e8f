using BenchmarkDotNet.Running;

// The switcher lets '--filter' pick benchmarks by name, so one project holds them all.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
