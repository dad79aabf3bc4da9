"""The scorecard view: a region's targets against next year's results (model, chart, widget)."""
