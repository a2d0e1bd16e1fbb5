# A method call that fails inside the method.
class Account:
    def withdraw(self, amount):
        return self.balance - amount


acct = Account()
result = acct.withdraw(10)
