"""The command-line subcommands, named apart from ``core.cli`` so that starting
the window does not import everything the commands need."""

COMMANDS = ("export", "import", "merge", "restore", "read")
