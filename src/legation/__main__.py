from legation.cli.app import main

main()
