WHERE = 'found through a .pth line'
