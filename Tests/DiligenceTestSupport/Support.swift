public import DiligenceCore
