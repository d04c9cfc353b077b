import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '#platform';
import { AccountRegistrar } from './account-registrar.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { SignUpHandler } from './commands/sign-up/sign-up.handler.js';
import { CreateJudgeHandler } from './commands/create-judge/create-judge.handler.js';
import { UsersController } from './users.controller.js';
import { PasswordHasher } from './password-hasher.js';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { expiresIn: '12h' } }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [AuthService, PasswordHasher, AccountRegistrar, SignUpHandler, CreateJudgeHandler, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [PasswordHasher],
})
export class IdentityModule {}
