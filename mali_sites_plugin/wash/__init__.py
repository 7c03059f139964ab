"""WASH coverage against a standards profile: distances from households to the
nearest water point and latrine, facility loads against their ratios, the
areas out of reach, and where new facilities should go."""
