print("diligence")
