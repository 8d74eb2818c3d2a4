import VigilCommands

VigilCommand.main()
