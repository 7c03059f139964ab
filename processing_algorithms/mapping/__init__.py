"""malisites:printsitemap."""
